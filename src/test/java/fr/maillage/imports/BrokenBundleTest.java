package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

/**
 * One broken bundle per validation rule: each is the valid bundle ({@code imports/valid}, already
 * in the database) with one edit, plus a renamed département in territories.csv, so that a
 * partial write would change the content the test compares.
 */
@MaillageTest
class BrokenBundleTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @TempDir Path temp;

    private GraphContent before;

    /** An edit of one file of the valid bundle, and the problem it must cause. */
    record Broken(String rule, String file, String find, String replace, String problemFile, Integer line,
                  String column, String messagePart) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Broken> brokenBundles() {
        return Stream.of(
                new Broken("octets non UTF-8", "persons.csv", "x2,cb,1945,standard,medical", "x2,cb,1945,standard,m\u00e9dical",
                        "persons.csv", 3, "needs", "UTF-8"),
                new Broken("guillemets non fermés", "structures.csv", "\"CCAS de la commune A, service seniors\"",
                        "\"CCAS de la commune A, service seniors", "structures.csv", 4, null, "RFC 4180"),
                new Broken("en-tête absent", "professionals.csv", null, "", "professionals.csv", null, null, "en-tête"),
                new Broken("colonne inconnue", "structures.csv", "porteur_id\n", "porteur_id,adresse\n",
                        "structures.csv", 1, "adresse", "colonne inconnue"),
                new Broken("colonne obligatoire absente", "referrals.csv", "reasons,status,response_date", "reasons,statut,response_date",
                        "referrals.csv", 1, null, "« status »"),
                new Broken("colonne de personne en trop", "persons.csv", "legal_protection\n", "legal_protection,nom\n",
                        "persons.csv", 1, "nom", "pseudonymes"),
                new Broken("colonne de professionnel en trop", "professionals.csv", "since,until\n", "since,until,name\n",
                        "professionals.csv", 1, "name", "pseudonymes"),
                new Broken("nombre de champs", "involvements.csv", "i3,x3,ccas,evaluation,2024-04-01,,,", "i3,x3,ccas,evaluation,2024-04-01,,,,",
                        "involvements.csv", 4, null, "champ"),
                new Broken("valeur obligatoire vide", "involvements.csv", "i1,x1,dac,gestion_de_cas", "i1,x1,dac,",
                        "involvements.csv", 2, "kind", "obligatoire"),
                new Broken("entier", "territories.csv", "ca,Commune A,commune,terr,1200", "ca,Commune A,commune,terr,1 200",
                        "territories.csv", 2, "population", "entier"),
                new Broken("booléen", "persons.csv", "perte_autonomie;isolement,true", "perte_autonomie;isolement,oui",
                        "persons.csv", 2, "lives_alone", "booléen"),
                new Broken("date", "referrals.csv", "r1,2024-01-02", "r1,2024-02-30", "referrals.csv", 2, "date", "AAAA-MM-JJ"),
                new Broken("code inconnu", "structures.csv", "hop,Hôpital départemental,hopital", "hop,Hôpital départemental,hospital",
                        "structures.csv", 5, "type", "hospital"),
                new Broken("code inconnu dans une liste", "structures.csv", "medical;cognitif", "medical;cognitf",
                        "structures.csv", 5, "domains", "cognitf"),
                new Broken("fin avant début", "involvements.csv", "2024-02-01,,2024-03-01", "2024-02-01,,2024-01-01",
                        "involvements.csv", 3, "end", "antérieure"),
                new Broken("réponse avant l'orientation", "referrals.csv", "refusee,2024-01-25", "refusee,2024-01-19",
                        "referrals.csv", 3, "response_date", "antérieure"),
                new Broken("fermeture avant ouverture", "structures.csv", "2019-01-01,,hop", "2019-01-01,2018-12-31,hop",
                        "structures.csv", 2, "closed", "antérieure"),
                new Broken("fin d'activité avant début", "professionals.csv", "2018-09-01,2025-12-31", "2018-09-01,2017-01-01",
                        "professionals.csv", 4, "until", "antérieure"),
                new Broken("force hors 1-5", "partnerships.csv", "convention,2021-01-01,,4", "convention,2021-01-01,,6",
                        "partnerships.csv", 2, "strength", "entre 1 et 5"),
                new Broken("identifiant en double", "persons.csv", "x2,cb", "x1,cb", "persons.csv", 3, "id", "déjà ligne 2"),
                new Broken("partenariat en double (inversé)", "partnerships.csv", "hop,dac,partenariat,,,2",
                        "hop,dac,partenariat,,,2\ndac,ssiad,convention,,,3", "partnerships.csv", 4, "structure_a", "déjà ligne 2"),
                new Broken("référence inconnue", "referrals.csv", "r1,2024-01-02,x1", "r1,2024-01-02,x9",
                        "referrals.csv", 2, "person_id", "« x9 »"),
                new Broken("référence inconnue dans une liste", "structures.csv", "ca;cb", "ca;cc",
                        "structures.csv", 3, "territory_ids", "« cc »"),
                new Broken("cycle de territoires", "territories.csv", "departement,,500000", "departement,ca,500000",
                        "territories.csv", 3, "parent_id", "cycle"),
                new Broken("fichier au nom mal orthographié", "referals.csv", null, "id\n", "referals.csv", null, null,
                        "vouliez-vous dire « referrals.csv »"),
                new Broken("ligne repérée après une cellule sur plusieurs lignes", "structures.csv",
                        "\"CCAS de la commune A, service seniors\",ccas", "\"CCAS de la commune A,\nservice seniors\",ccas",
                        "structures.csv", 6, "type", "hospital"));
    }

    @BeforeEach
    void validBundleInTheDatabase() {
        TestGraph.clear(driver);
        importer.importBundle(BundleImportTest.VALID);
        before = GraphContent.of(driver);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBundles")
    void brokenBundleIsRejectedWithTheLocatedProblemAndNothingWritten(Broken broken) throws IOException {
        Path bundle = validCopy();
        Path file = bundle.resolve(broken.file());
        if (broken.rule().startsWith("ligne repérée")) {
            edit(bundle.resolve("structures.csv"), "hop,Hôpital départemental,hopital", "hop,Hôpital départemental,hospital");
        }
        if (broken.find() == null) {
            Files.writeString(file, broken.replace());
        } else if (broken.rule().equals("octets non UTF-8")) {
            edit(file, broken.find(), broken.replace(), StandardCharsets.ISO_8859_1);
        } else {
            edit(file, broken.find(), broken.replace());
        }

        List<ImportProblem> problems = rejected(bundle);

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(broken.problemFile());
            assertThat(problem.line()).isEqualTo(broken.line());
            assertThat(problem.column()).isEqualTo(broken.column());
            assertThat(problem.message()).contains(broken.messagePart());
        });
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void bundleWithoutAnyCsvIsRejected() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("vide"));
        Files.writeString(empty.resolve("notes.txt"), "rien");

        assertThat(rejected(empty)).singleElement().satisfies(p -> assertThat(p.message()).contains("aucun fichier CSV"));
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void everyProblemOfABundleIsListedInFileThenLineOrder() throws IOException {
        Path bundle = validCopy();
        edit(bundle.resolve("referrals.csv"), "r1,2024-01-02,x1", "r1,2024-01-02,x9");
        edit(bundle.resolve("persons.csv"), "x2,cb", "x1,cb");
        edit(bundle.resolve("territories.csv"), "1200,150", "beaucoup,150");

        assertThat(rejected(bundle)).extracting(p -> p.file() + ":" + p.line() + ":" + p.column()).containsExactly(
                "territories.csv:2:population", "persons.csv:3:id", "referrals.csv:2:person_id");
    }

    @Test
    void longListsOfProblemsAreCappedAndSayHowManyMore() throws IOException {
        Path bundle = validCopy();
        StringBuilder persons = new StringBuilder("id,territory_id,birth_year\n");
        for (int i = 0; i < 250; i++) {
            persons.append("y").append(i).append(",ca,mil neuf cent\n");
        }
        Files.writeString(bundle.resolve("persons.csv"), persons);

        List<ImportProblem> problems = rejected(bundle);

        assertThat(problems).hasSize(Problems.SHOWN + 1);
        assertThat(problems.get(Problems.SHOWN).message()).contains("50 autre(s) problème(s)");
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void byteOrderMarkIsTolerated() throws IOException {
        Path bundle = validCopy();
        Path territories = bundle.resolve("territories.csv");
        byte[] content = Files.readAllBytes(territories);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        Files.write(territories, withBom);

        assertThat(importer.importBundle(bundle).counts()).containsEntry("territories.csv", 4L);
    }

    private List<ImportProblem> rejected(Path bundle) {
        BundleRejectedException e = catchThrowableOfType(BundleRejectedException.class, () -> importer.importBundle(bundle));
        assertThat(e).as("le lot doit être refusé").isNotNull();
        return e.problems();
    }

    /** The valid bundle with its département renamed: written at all, it would change the content. */
    private Path validCopy() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("lot"));
        try (Stream<Path> files = Files.list(BundleImportTest.VALID)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        edit(copy.resolve("territories.csv"), "Département test", "Département renommé");
        return copy;
    }

    static void edit(Path file, String find, String replace) throws IOException {
        edit(file, find, replace, StandardCharsets.UTF_8);
    }

    /** Replaces {@code find} (UTF-8) by {@code replace} encoded in {@code charset}. */
    static void edit(Path file, String find, String replace, java.nio.charset.Charset charset) throws IOException {
        byte[] content = Files.readAllBytes(file);
        byte[] target = find.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(content, target);
        assertThat(at).as("« " + find + " » dans " + file.getFileName()).isGreaterThanOrEqualTo(0);
        byte[] replacement = replace.getBytes(charset);
        byte[] edited = new byte[content.length - target.length + replacement.length];
        System.arraycopy(content, 0, edited, 0, at);
        System.arraycopy(replacement, 0, edited, at, replacement.length);
        System.arraycopy(content, at + target.length, edited, at + replacement.length, content.length - at - target.length);
        Files.write(file, edited);
    }

    private static int indexOf(byte[] content, byte[] target) {
        for (int i = 0; i + target.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + target.length, target, 0, target.length)) {
                return i;
            }
        }
        return -1;
    }
}
