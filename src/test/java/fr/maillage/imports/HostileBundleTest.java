package fr.maillage.imports;

import static fr.maillage.imports.BrokenBundleTest.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.BadParameterException;
import fr.maillage.db.Graph;

/**
 * Hostile bundles (lots hostiles): each is the valid bundle ({@code imports/valid}, already in the
 * database) turned into what a careless export or an attacker would send, and each must be
 * refused with a located French problem, the database unchanged. Size limits are lowered here
 * (a cell of 1,000 characters, a zip entry of 2 MiB) so that bombs stay small and fast; one test
 * crosses the default limits with a cell of 10 MB and a file of a million columns.
 */
@MaillageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBundleTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Graph graph;
    @Autowired ImportRecords records;
    @Autowired ImportJournal journal;
    @Autowired ImportFolder importFolder;
    @Autowired ImportProperties properties;
    @TempDir Path temp;

    private GraphContent before;
    private BundleImporter strict;

    /** Makes a hostile bundle from a fresh copy of the valid one; returns the folder or zip to import. */
    @FunctionalInterface
    interface Maker {
        Path make(Path copy) throws IOException;
    }

    record Hostile(String name, Maker maker, String file, Integer line, String column, String messagePart) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ImportProperties lowered() {
        ImportProperties lowered = new ImportProperties();
        lowered.setMaxCellLength(1_000);
        lowered.setMaxColumns(100);
        lowered.setMaxRecordLength(10_000);
        lowered.setMaxEntrySize(DataSize.ofMegabytes(2));
        lowered.setMaxUnzippedSize(DataSize.ofMegabytes(4));
        lowered.setMaxEntries(20);
        lowered.setMaxCompressionRatio(100);
        return lowered;
    }

    static Stream<Hostile> hostileBundles() {
        return Stream.of(
                // Encodings
                new Hostile("Latin-1 dans une cellule", latin1("persons.csv", "x2,cb,1945,standard,medical",
                        "x2,cb,1945,standard,m\u00e9dical"), "persons.csv", 3, "needs", "UTF-8"),
                new Hostile("Latin-1 dans un nom de structure", latin1("structures.csv", "Hôpital départemental",
                        "Hôpital départemental"), "structures.csv", 5, "name", "UTF-8"),
                new Hostile("Latin-1 dans l'en-tête", latin1("territories.csv", "id,name,", "id,n\u00e9me,"),
                        "territories.csv", 1, "n\uFFFDme", "UTF-8"),
                new Hostile("séquence UTF-8 trop longue", bytes("persons.csv", "x2,cb", new byte[]{'x', (byte) 0xC0,
                        (byte) 0xAF, ',', 'c', 'b'}), "persons.csv", 3, "id", "UTF-8"),
                new Hostile("UTF-16 LE avec BOM", utf16("territories.csv", new byte[]{(byte) 0xFF, (byte) 0xFE},
                        java.nio.charset.Charset.forName("UTF-16LE")), "territories.csv", 1, null, "UTF-16"),
                new Hostile("UTF-16 BE avec BOM", utf16("territories.csv", new byte[]{(byte) 0xFE, (byte) 0xFF},
                        java.nio.charset.Charset.forName("UTF-16BE")), "territories.csv", 1, null, "UTF-16"),
                new Hostile("UTF-16 sans BOM", utf16("territories.csv", new byte[0],
                        java.nio.charset.Charset.forName("UTF-16LE")), "territories.csv", 1, null, "caractère nul"),
                new Hostile("octet nul dans une cellule", edited("persons.csv", "x2,cb", "x2\0,cb"),
                        "persons.csv", 3, "id", "caractère nul"),
                new Hostile("BOM en double", bytes("territories.csv", "id,name", concat(
                        new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "id,name".getBytes(StandardCharsets.UTF_8))), "territories.csv", 1, "\uFEFFid", "colonne inconnue"),
                // Quoting
                new Hostile("guillemets non fermés", edited("structures.csv", "\"CCAS de la commune A, service seniors\"",
                        "\"CCAS de la commune A, service seniors"), "structures.csv", 4, null, "RFC 4180"),
                new Hostile("guillemet dans un champ sans guillemets", edited("structures.csv", "Hôpital départemental",
                        "Hôpital \"départemental\""), "structures.csv", 5, "name", "guillemet"),
                new Hostile("texte après le guillemet fermant", edited("structures.csv",
                        "\"CCAS de la commune A, service seniors\",", "\"CCAS de la commune A\" service seniors,"),
                        "structures.csv", 4, null, "RFC 4180"),
                new Hostile("champ en trop", edited("involvements.csv", "i3,x3,ccas,evaluation,2024-04-01,,,",
                        "i3,x3,ccas,evaluation,2024-04-01,,,,"), "involvements.csv", 4, null, "champ"),
                // Wrong types
                new Hostile("date au format français", edited("referrals.csv", "r1,2024-01-02", "r1,02/01/2024"),
                        "referrals.csv", 2, "date", "AAAA-MM-JJ"),
                new Hostile("mois 13", edited("referrals.csv", "r1,2024-01-02", "r1,2024-13-02"),
                        "referrals.csv", 2, "date", "AAAA-MM-JJ"),
                new Hostile("entier en lettres", edited("territories.csv", "1200,150", "douze cents,150"),
                        "territories.csv", 2, "population", "nombre entier"),
                new Hostile("entier négatif", edited("structures.csv", "60,false,40,", "60,false,-40,"),
                        "structures.csv", 3, "capacity", "positif ou nul"),
                new Hostile("année décimale", edited("persons.csv", "x1,ca,1938", "x1,ca,1938.5"),
                        "persons.csv", 2, "birth_year", "nombre entier"),
                new Hostile("booléen en français", edited("persons.csv", "perte_autonomie;isolement,true",
                        "perte_autonomie;isolement,vrai"), "persons.csv", 2, "lives_alone", "booléen"),
                new Hostile("force 0", edited("partnerships.csv", "convention,2021-01-01,,4", "convention,2021-01-01,,0"),
                        "partnerships.csv", 2, "strength", "entre 1 et 5"),
                // Vocabularies
                new Hostile("nature de territoire inconnue", edited("territories.csv", "ca,Commune A,commune",
                        "ca,Commune A,canton"), "territories.csv", 2, "kind", "« canton »"),
                new Hostile("statut accentué", edited("referrals.csv", "acceptee,2024-01-04", "acceptée,2024-01-04"),
                        "referrals.csv", 2, "status", "« acceptée »"),
                new Hostile("code en majuscules", edited("structures.csv", "dac,DAC du territoire,dac",
                        "dac,DAC du territoire,DAC"), "structures.csv", 2, "type", "« DAC »"),
                new Hostile("besoin inconnu dans une liste", edited("persons.csv", "perte_autonomie;isolement,true",
                        "perte_autonomie;solitude,true"), "persons.csv", 2, "needs", "« solitude »"),
                // References, identities, hierarchy
                new Hostile("structure destinataire inconnue", edited("referrals.csv", "r1,2024-01-02,x1,dac",
                        "r1,2024-01-02,x1,maia"), "referrals.csv", 2, "to_structure_id", "« maia »"),
                new Hostile("professionnel inconnu", edited("involvements.csv", "2024-01-10,p1,", "2024-01-10,p9,"),
                        "involvements.csv", 2, "professional_id", "« p9 »"),
                new Hostile("porteur inconnu", edited("structures.csv", "2019-01-01,,hop", "2019-01-01,,chu"),
                        "structures.csv", 2, "porteur_id", "« chu »"),
                new Hostile("territoire en double", edited("territories.csv", "cb,Commune B", "ca,Commune B"),
                        "territories.csv", 5, "id", "déjà ligne 2"),
                new Hostile("structure en double", edited("structures.csv", "hop,Hôpital", "dac,Hôpital"),
                        "structures.csv", 5, "id", "déjà ligne 2"),
                new Hostile("territoire parent de lui-même", edited("territories.csv", "departement,,500000",
                        "departement,dep,500000"), "territories.csv", 3, "parent_id", "cycle"),
                new Hostile("cycle de trois territoires", edited("territories.csv", "departement,,500000",
                        "departement,ca,500000"), "territories.csv", 3, "parent_id", "dep → ca → terr → dep"),
                // The work of coordination (v1.2): files added to the valid bundle
                new Hostile("table de réunion inconnue", meetings("m1,2024-02-01,pleniere,terr,dac;ccas,"),
                        "meetings.csv", 2, "table", "« pleniere »"),
                new Hostile("structure présente inconnue", meetings("m1,2024-02-01,strategique,terr,dac;maia,"),
                        "meetings.csv", 2, "structure_ids", "« maia »"),
                new Hostile("territoire de réunion inconnu", meetings("m1,2024-02-01,tactique,canton,dac,"),
                        "meetings.csv", 2, "territory_id", "« canton »"),
                new Hostile("personne d'une concertation inconnue",
                        meetings("m1,2024-02-01,concertation_clinique,terr,dac,x9"), "meetings.csv", 2, "person_id", "« x9 »"),
                new Hostile("personne nommée par une table stratégique", meetings("m1,2024-02-01,strategique,terr,dac,x1"),
                        "meetings.csv", 2, "person_id", "concertation clinique"),
                new Hostile("réunion en double", meetings("m1,2024-02-01,strategique,terr,dac,\nm1,2024-03-01,tactique,terr,dac,"),
                        "meetings.csv", 3, "id", "déjà ligne 2"),
                new Hostile("financeur inconnu", fundings("dac,2024,region,1000,coordination"),
                        "fundings.csv", 2, "funder", "« region »"),
                new Hostile("objet de financement inconnu", fundings("dac,2024,ars,1000,formation"),
                        "fundings.csv", 2, "purpose", "« formation »"),
                new Hostile("montant avec espace", fundings("dac,2024,ars,12 000,coordination"),
                        "fundings.csv", 2, "amount_eur", "nombre entier"),
                new Hostile("structure financée inconnue", fundings("maia,2024,ars,1000,coordination"),
                        "fundings.csv", 2, "structure_id", "« maia »"),
                new Hostile("financement en double", fundings("dac,2024,ars,1000,\ndac,2024,ars,2000,"),
                        "fundings.csv", 3, "structure_id", "déjà ligne 2"),
                new Hostile("année de financement absente", added("fundings.csv", "structure_id,funder,amount_eur\ndac,ars,1\n"),
                        "fundings.csv", 1, null, "« year »"),
                new Hostile("absorbée par une structure inconnue", added("structures.csv",
                        "id,name,type,sector,territory_ids,closed,absorbed_into\nclic,CLIC,clic,social,terr,2024-06-30,maia\n"),
                        "structures.csv", 2, "absorbed_into", "« maia »"),
                new Hostile("absorbée sans date de fermeture", added("structures.csv",
                        "id,name,type,sector,territory_ids,closed,absorbed_into\nclic,CLIC,clic,social,terr,,dac\n"),
                        "structures.csv", 2, "absorbed_into", "closed"),
                // Shape of files
                new Hostile("colonne obligatoire absente", edited("persons.csv", "id,territory_id,", "id,territoire,"),
                        "persons.csv", 1, null, "« territory_id »"),
                new Hostile("fichier vide", replaced("persons.csv", new byte[0]), "persons.csv", null, null,
                        "fichier vide"),
                new Hostile("fichier de lignes vides", replaced("persons.csv", "\n\n\n".getBytes(StandardCharsets.UTF_8)),
                        "persons.csv", null, null, "fichier vide"),
                new Hostile("colonne en double", edited("persons.csv", "id,territory_id,", "id,territory_id,id,"),
                        "persons.csv", 1, "id", "en double"),
                new Hostile("fichier inconnu du contrat", copy -> {
                    Files.move(copy.resolve("referrals.csv"), copy.resolve("referals.csv"));
                    return copy;
                }, "referals.csv", null, null, "referrals.csv"),
                new Hostile("sous-dossier", copy -> {
                    Files.createDirectories(copy.resolve("archives"));
                    return copy;
                }, "archives", null, null, "sous-dossier"),
                // Limits (lowered)
                new Hostile("cellule au-delà de la limite", edited("structures.csv", "DAC du territoire",
                        "DAC " + "x".repeat(5_000)), "structures.csv", 2, "name", "maillage.import.max-cell-length"),
                new Hostile("cellule sur plusieurs lignes au-delà de la limite", edited("structures.csv",
                        "Hôpital départemental", "\"Hôpital\n" + "x\n".repeat(2_000) + "\""), "structures.csv", 5, "name",
                        "maillage.import.max-cell-length"),
                new Hostile("colonnes au-delà de la limite", edited("territories.csv", "population_75_plus\n",
                        "population_75_plus" + ",x".repeat(500) + "\n"), "territories.csv", 1, null,
                        "maillage.import.max-columns"),
                new Hostile("cellule au-delà de la limite après des lignes vides", copy -> {
                    Path territories = copy.resolve("territories.csv");
                    Files.writeString(territories, "\n\n" + Files.readString(territories).replace("Commune B",
                            "Commune " + "b".repeat(2_000)));
                    return copy;
                }, "territories.csv", 7, "name", "maillage.import.max-cell-length"),
                new Hostile("enregistrement au-delà de la limite", edited("persons.csv", "x3,terr,,,,,,",
                        "x3,terr" + (",\"" + "y".repeat(900) + "\"").repeat(20)), "persons.csv", 4, null,
                        "maillage.import.max-record-length"),
                // Zips
                new Hostile("bombe de décompression", copy -> zip(copy, Map.of("territories.csv", repeated(
                        "ca,Commune A,commune,terr,1200,150\n", 1_900_000))), "territories.csv", null, null,
                        "maillage.import.max-compression-ratio"),
                new Hostile("entrée trop grande une fois décompressée", copy -> zip(copy, Map.of("persons.csv",
                        incompressible(3 << 20))), "persons.csv", null, null, "maillage.import.max-entry-size"),
                new Hostile("archive trop grande une fois décompressée", copy -> zip(copy, Map.of(
                        "persons.csv", incompressible(3 << 19), "assessments.csv", incompressible(3 << 19),
                        "involvements.csv", incompressible(3 << 19))), "lot.zip", null, null,
                        "maillage.import.max-unzipped-size"),
                new Hostile("entrée en ../", copy -> zip(copy, Map.of("../territories.csv", bytes("id,name,kind\n")),
                        "territories.csv"), "../territories.csv", null, null, "« .. »"),
                new Hostile("entrée en chemin absolu", copy -> zip(copy, Map.of("/etc/territories.csv",
                        bytes("id,name,kind\n")), "territories.csv"), "/etc/territories.csv", null, null, "absolu"),
                new Hostile("entrée en chemin Windows", copy -> zip(copy, Map.of("C:\\lot\\territories.csv",
                        bytes("id,name,kind\n")), "territories.csv"), "C:\\lot\\territories.csv", null, null, "absolu"),
                new Hostile("zip dans le zip", copy -> zip(copy, Map.of("lot/interne.zip", zipBytes(Map.of(
                        "persons.csv", Files.readAllBytes(copy.resolve("persons.csv")))))), "lot/interne.zip", null, null,
                        "archive zip dans l'archive"),
                new Hostile("fichier deux fois dans l'archive", copy -> zip(copy, Map.of("autre/persons.csv",
                        Files.readAllBytes(copy.resolve("persons.csv")))), "persons.csv", null, null, "deux fois"),
                new Hostile("trop d'entrées", copy -> {
                    Map<String, byte[]> notes = new LinkedHashMap<>();
                    for (int i = 0; i < 30; i++) {
                        notes.put("notes/note-" + i + ".txt", bytes("note"));
                    }
                    return zip(copy, notes);
                }, "lot.zip", null, null, "maillage.import.max-entries"),
                new Hostile("pas une archive zip", copy -> Files.write(copy.resolveSibling("faux.zip"),
                        bytes("PK pas vraiment")), "faux.zip", null, null, "ni un dossier ni une archive zip"),
                // Symbolic links
                new Hostile("lien symbolique dans le dossier", copy -> {
                    Path target = Files.copy(copy.resolve("persons.csv"), copy.resolveSibling("ailleurs.csv"));
                    Files.delete(copy.resolve("persons.csv"));
                    Files.createSymbolicLink(copy.resolve("persons.csv"), target);
                    return copy;
                }, "persons.csv", null, null, "lien symbolique"),
                // Person data must be pseudonymous
                new Hostile("colonne prénom", edited("persons.csv", "legal_protection\n", "legal_protection,prénom\n"),
                        "persons.csv", 1, "prénom", "pseudonymes"),
                new Hostile("colonne date de naissance", edited("persons.csv", "legal_protection\n",
                        "legal_protection,date_naissance\n"), "persons.csv", 1, "date_naissance", "pseudonymes"),
                new Hostile("colonne adresse", edited("persons.csv", "legal_protection\n",
                        "legal_protection,Adresse postale\n"), "persons.csv", 1, "Adresse postale", "pseudonymes"),
                new Hostile("colonne numéro de sécu", edited("persons.csv", "legal_protection\n",
                        "legal_protection,numero_secu\n"), "persons.csv", 1, "numero_secu", "pseudonymes"),
                new Hostile("colonne e-mail d'un professionnel", edited("professionals.csv", "since,until\n",
                        "since,until,E-mail\n"), "professionals.csv", 1, "E-mail", "pseudonymes"),
                new Hostile("colonne téléphone d'un professionnel", edited("professionals.csv", "since,until\n",
                        "since,until,telephone\n"), "professionals.csv", 1, "telephone", "pseudonymes"),
                new Hostile("NIR comme identifiant de personne", edited("persons.csv", "x3,terr", "185057800608436,terr"),
                        "persons.csv", 4, "id", "NIR"),
                new Hostile("NIR sans clé, avec espaces", edited("professionals.csv", "infirmière", "2 85 05 78 006 084"),
                        "professionals.csv", 2, "origin_profession", "NIR"),
                new Hostile("NIR corse", edited("persons.csv", "x3,terr", "1 85 05 2A 006 084 36,terr"),
                        "persons.csv", 4, "id", "NIR"));
    }

    @BeforeAll
    void validBundleInTheDatabase() {
        TestGraph.clear(driver);
        importer.importBundle(BundleImportTest.VALID);
        before = GraphContent.of(driver);
        strict = importer.with(lowered());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBundles")
    void hostileBundleIsRejectedWithALocatedFrenchProblemAndTheDatabaseUnchanged(Hostile hostile) throws IOException {
        Path bundle = hostile.maker().make(validCopy());

        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class,
                () -> strict.importBundle(bundle));

        assertThat(rejected).as("le lot doit être refusé").isNotNull();
        assertThat(rejected.problems()).as(rejected.problems().toString()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(hostile.file());
            assertThat(problem.line()).isEqualTo(hostile.line());
            assertThat(problem.column()).isEqualTo(hostile.column());
            assertThat(problem.message()).contains(hostile.messagePart());
        });
        assertThat(records.find(rejected.importId())).hasValueSatisfying(status ->
                assertThat(status.status()).isEqualTo(ImportStatus.REJECTED));
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void aTenMegabyteCellAndAMillionColumnsAreRefusedAtTheDefaultLimits() throws IOException {
        Path bundle = validCopy();
        try (Writer out = Files.newBufferedWriter(bundle.resolve("structures.csv"), StandardCharsets.UTF_8)) {
            out.write("id,name,type,sector,territory_ids\nbig,");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int written = 0; written < 10_000_000; written += chunk.length) {
                out.write(chunk);
            }
            out.write(",ccas,social,ca\n");
        }
        try (Writer out = Files.newBufferedWriter(bundle.resolve("partnerships.csv"), StandardCharsets.UTF_8)) {
            out.write("structure_a");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(",c");
            }
            out.write("\n");
        }

        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class,
                () -> importer.importBundle(bundle));

        assertThat(rejected.problems()).extracting(ImportProblem::toString).contains(
                "structures.csv:2:name: cellule de plus de 65536 caractères (réglage maillage.import.max-cell-length) :"
                        + " refusée avant d'être lue en entier",
                "partnerships.csv:1: plus de 1000 colonnes (réglage maillage.import.max-columns) ; le contrat en a au"
                        + " plus 16 par fichier");
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    /** An endpoint that runs out of memory, as an import past every limit would. */
    @org.springframework.web.bind.annotation.RestController
    static class OutOfMemoryEndpoint {
        @org.springframework.web.bind.annotation.PostMapping("/oom")
        String post() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anOutOfMemoryErrorIsAnsweredAFrench503ThatSaysNothingOfTheError() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new OutOfMemoryEndpoint())
                .setControllerAdvice(new ImportAnswers(properties)).build();

        String body = mvc.perform(MockMvcRequestBuilders.post("/oom"))
                .andExpect(MockMvcResultMatchers.status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(body, "$.message")).contains("manqué de mémoire");
        assertThat(body).doesNotContain("heap").doesNotContain("OutOfMemoryError").doesNotContain("at fr.");
    }

    @Test
    void theDefaultLimitsAreThoseTheReadmeStates() {
        assertThat(properties.getMaxCellLength()).isEqualTo(65_536);
        assertThat(properties.getMaxColumns()).isEqualTo(1_000);
        assertThat(properties.getMaxRecordLength()).isEqualTo(1_048_576);
        assertThat(properties.getMaxUnzippedSize()).isEqualTo(DataSize.ofGigabytes(20));
        assertThat(properties.getMaxEntrySize()).isEqualTo(DataSize.ofGigabytes(10));
        assertThat(properties.getMaxEntries()).isEqualTo(100);
        assertThat(properties.getMaxCompressionRatio()).isEqualTo(100);
    }

    @Test
    void aFolderThatIsALinkOutOfTheImportFolderIsRefused() throws IOException {
        Path importFolderOnDisk = Files.createDirectories(Path.of(properties.getFolder()));
        String name = "lien-" + UUID.randomUUID();
        Files.createSymbolicLink(importFolderOnDisk.resolve(name), validCopy());

        Throwable refused = catchThrowable(() -> importFolder.resolve(name));

        assertThat(refused).isInstanceOf(BadParameterException.class).hasMessageContaining("lien symbolique");
        Files.delete(importFolderOnDisk.resolve(name));
    }

    @Test
    void cellsASpreadsheetWouldRunAreStoredAsTextSinceEveryCsvTheAppWritesNeutralisesThem() throws IOException {
        Path bundle = validCopy();
        edit(bundle.resolve("structures.csv"), "Hôpital départemental", "=HYPERLINK(\"\"http://x\"\")");
        edit(bundle.resolve("structures.csv"), "hop,=HYPERLINK", "hop,\"=HYPERLINK");
        edit(bundle.resolve("structures.csv"), "x\"\")", "x\"\")\"");

        importer.importBundle(bundle);

        assertThat(GraphContent.node(driver, "Structure", "hop")).containsEntry("name", "=HYPERLINK(\"http://x\")");
        importer.importBundle(BundleImportTest.VALID);
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void lineEndsOfCarriageReturnsOnlyAreAcceptedAsOldMacExportsWriteThem() throws IOException {
        Path bundle = validCopy();
        Path territories = bundle.resolve("territories.csv");
        Files.writeString(territories, Files.readString(BundleImportTest.VALID.resolve("territories.csv"))
                .replace("\n", "\r"));

        assertThat(importer.importBundle(bundle).counts()).containsEntry("territories.csv", 4L);
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void anErrorWhileWritingRollsTheImportBackAndIsRethrown() throws IOException {
        Path bundle = validCopy();
        edit(bundle.resolve("territories.csv"), "Commune A", "Commune renommée");
        AtomicInteger structuresOpened = new AtomicInteger();
        ImportProperties oneRowPerBatch = new ImportProperties();
        oneRowPerBatch.setBatchSize(1);
        BundleImporter failing = importer.with(oneRowPerBatch, path -> {
            Bundle real = Bundle.open(path, ReadLimits.DEFAULT);
            Map<ContractFile, Bundle.Opener> openers = new EnumMap<>(ContractFile.class);
            for (ContractFile file : real.files()) {
                openers.put(file, () -> {
                    // The second reading is the writer's: territories are written by then.
                    if (file == ContractFile.STRUCTURES && structuresOpened.incrementAndGet() == 2) {
                        throw new StackOverflowError("injecté par le test");
                    }
                    return Files.newInputStream(path.resolve(file.fileName()));
                });
            }
            return Bundle.of(openers, ReadLimits.DEFAULT);
        });

        Throwable thrown = catchThrowable(() -> failing.importBundle(bundle));

        assertThat(thrown).isInstanceOf(StackOverflowError.class).hasMessage("injecté par le test");
        assertThat(failing.history(1)).singleElement().satisfies(last ->
                assertThat(last.status()).isEqualTo(ImportStatus.FAILED));
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    /** The valid bundle with its département renamed: written at all, it would change the content. */
    private Path validCopy() throws IOException {
        Path copy = Files.createDirectories(temp.resolve(UUID.randomUUID().toString()).resolve("lot"));
        try (Stream<Path> files = Files.list(BundleImportTest.VALID)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        edit(copy.resolve("territories.csv"), "Département test", "Département renommé");
        return copy;
    }

    private static Maker edited(String file, String find, String replace) {
        return copy -> {
            edit(copy.resolve(file), find, replace);
            return copy;
        };
    }

    /** Adds (or replaces) a whole file of the copy. */
    private static Maker added(String file, String content) {
        return copy -> {
            Files.writeString(copy.resolve(file), content);
            return copy;
        };
    }

    private static Maker meetings(String rows) {
        return added("meetings.csv", "id,date,table,territory_id,structure_ids,person_id\n" + rows + "\n");
    }

    private static Maker fundings(String rows) {
        return added("fundings.csv", "structure_id,year,funder,amount_eur,purpose\n" + rows + "\n");
    }

    private static Maker latin1(String file, String find, String replace) {
        return copy -> {
            edit(copy.resolve(file), find, replace, StandardCharsets.ISO_8859_1);
            return copy;
        };
    }

    /** Replaces {@code find} by raw bytes. */
    private static Maker bytes(String file, String find, byte[] replacement) {
        return copy -> {
            Path path = copy.resolve(file);
            String content = Files.readString(path);
            int at = content.indexOf(find);
            assertThat(at).isGreaterThanOrEqualTo(0);
            Files.write(path, concat(content.substring(0, at).getBytes(StandardCharsets.UTF_8), replacement,
                    content.substring(at + find.length()).getBytes(StandardCharsets.UTF_8)));
            return copy;
        };
    }

    private static Maker replaced(String file, byte[] content) {
        return copy -> {
            Files.write(copy.resolve(file), content);
            return copy;
        };
    }

    private static Maker utf16(String file, byte[] bom, java.nio.charset.Charset charset) {
        return copy -> {
            Path path = copy.resolve(file);
            Files.write(path, concat(bom, Files.readString(path).getBytes(charset)));
            return copy;
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A line repeated to about {@code size} bytes: it compresses a thousand times. */
    private static byte[] repeated(String line, int size) {
        return bytes(line.repeat(size / line.length()));
    }

    /**
     * About {@code size} bytes that deflate barely compresses, in lines of one cell: read fast, each
     * a problem of width that validation counts without looking further.
     */
    private static byte[] incompressible(int size) {
        java.util.Random random = new java.util.Random(size);
        StringBuilder lines = new StringBuilder(size + 100);
        while (lines.length() < size) {
            for (int i = 0; i < 99; i++) {
                lines.append((char) ('a' + random.nextInt(26)));
            }
            lines.append('\n');
        }
        return bytes(lines.toString());
    }

    /**
     * {@code lot.zip} beside the copy: the copy's files under {@code lot/} but those {@code left out},
     * then the {@code extra} entries under their own names (those of the copy's files replace them).
     */
    private static Path zip(Path copy, Map<String, byte[]> extra, String... leftOut) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(copy)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!java.util.List.of(leftOut).contains(name) && !extra.containsKey(name)) {
                    entries.put("lot/" + name, Files.readAllBytes(file));
                }
            }
        }
        entries.putAll(extra);
        Path zip = copy.resolveSibling("lot.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(zipBytes(entries));
        }
        return zip;
    }

    static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
