package fr.maillage.demo;

import static fr.maillage.demo.BundleRows.date;
import static fr.maillage.demo.BundleRows.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.CoordinationMode;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.EndReason;
import fr.maillage.vocabulary.InvolvementKind;
import fr.maillage.vocabulary.PartnershipKind;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.Stage;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.TerritoryKind;
import fr.maillage.vocabulary.Approach;
import fr.maillage.vocabulary.Vocabulary;

/**
 * The demo bundle, checked on its generated rows (not through the analyses): it follows the
 * contract, and on its reference date it holds the situations the demo must show.
 */
class DemoBundleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    static Path folder;
    static BundleRows demo;
    static Map<String, Map<String, String>> structures;
    static Map<String, String> parent;

    @BeforeAll
    static void generate() throws IOException {
        BundleGenerator.generate(BundleSpec.demo(BundleSpec.DEMO_SEED, TODAY), folder);
        demo = new BundleRows(folder);
        structures = byId(demo.rows("structures.csv"));
        parent = new HashMap<>();
        demo.rows("territories.csv").forEach(t -> parent.put(t.get("id"), t.get("parent_id")));
    }

    @Test
    void sameSeedAndDateGiveAByteIdenticalBundleAndAnotherSeedAnotherOne(@TempDir Path again) throws IOException {
        BundleGenerator.generate(BundleSpec.demo(BundleSpec.DEMO_SEED, TODAY), again.resolve("same"));
        BundleGenerator.generate(BundleSpec.demo(BundleSpec.DEMO_SEED + 1, TODAY), again.resolve("other"));
        for (String file : CsvBundleWriter.COLUMNS.keySet()) {
            assertThat(Files.readAllBytes(again.resolve("same").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(folder.resolve(file)));
        }
        assertThat(Files.readAllBytes(again.resolve("other").resolve("referrals.csv")))
                .isNotEqualTo(Files.readAllBytes(folder.resolve("referrals.csv")));
    }

    @Test
    void everyFileHasTheContractsColumnsCodesReferencesAndDateOrder() {
        for (String file : CsvBundleWriter.COLUMNS.keySet()) {
            assertThat(demo.header(file)).as(file).isEqualTo(CsvBundleWriter.COLUMNS.get(file));
        }
        codes("territories.csv", "kind", TerritoryKind.class);
        codes("structures.csv", "type", StructureType.class);
        codes("structures.csv", "sector", Sector.class);
        codes("structures.csv", "domains", Domain.class);
        codes("structures.csv", "complexity", Complexity.class);
        codes("structures.csv", "stages", Stage.class);
        codes("structures.csv", "approach", Approach.class);
        codes("structures.csv", "coordination", CoordinationMode.class);
        codes("professionals.csv", "role", Role.class);
        codes("professionals.csv", "origin_profession", Role.class);
        codes("persons.csv", "complexity", Complexity.class);
        codes("persons.csv", "needs", Domain.class);
        codes("referrals.csv", "reasons", Domain.class);
        codes("referrals.csv", "status", ReferralStatus.class);
        codes("involvements.csv", "kind", InvolvementKind.class);
        codes("involvements.csv", "end_reason", EndReason.class);
        codes("partnerships.csv", "kind", PartnershipKind.class);
        codes("assessments.csv", "complexity", Complexity.class);
        codes("assessments.csv", "needs", Domain.class);

        Set<String> territories = ids("territories.csv");
        Set<String> professionals = ids("professionals.csv");
        Set<String> persons = ids("persons.csv");
        references("territories.csv", "parent_id", territories);
        references("structures.csv", "territory_ids", territories);
        references("structures.csv", "porteur_id", structures.keySet());
        references("professionals.csv", "structure_id", structures.keySet());
        references("persons.csv", "territory_id", territories);
        for (String column : List.of("to_structure_id", "from_structure_id", "redirected_to")) {
            references("referrals.csv", column, structures.keySet());
        }
        references("referrals.csv", "from_professional_id", professionals);
        references("referrals.csv", "to_professional_id", professionals);
        references("referrals.csv", "person_id", persons);
        references("involvements.csv", "person_id", persons);
        references("involvements.csv", "structure_id", structures.keySet());
        references("involvements.csv", "professional_id", professionals);
        references("partnerships.csv", "structure_a", structures.keySet());
        references("partnerships.csv", "structure_b", structures.keySet());
        references("assessments.csv", "person_id", persons);
        references("assessments.csv", "structure_id", structures.keySet());

        for (Map<String, String> r : demo.rows("referrals.csv")) {
            assertThat(date(r, "date")).isBeforeOrEqualTo(TODAY);
            boolean answered = date(r, "response_date") != null;
            assertThat(answered).as(r.toString()).isEqualTo(!r.get("status").equals("en_attente")
                    && !r.get("status").equals("sans_reponse"));
            if (answered) {
                assertThat(date(r, "response_date")).isBetween(date(r, "date"), TODAY);
            }
            assertThat(r.get("redirected_to").isEmpty()).isEqualTo(!r.get("status").equals("reorientee"));
        }
        for (Map<String, String> i : demo.rows("involvements.csv")) {
            assertThat(date(i, "start")).isBeforeOrEqualTo(TODAY);
            if (date(i, "end") != null) {
                assertThat(date(i, "end")).as(i.toString()).isBetween(date(i, "start"), TODAY);
                assertThat(i.get("end_reason")).isNotEmpty();
            } else {
                assertThat(i.get("end_reason")).isEmpty();
            }
        }
        for (String[] span : new String[][] {{"structures.csv", "opened", "closed"},
                {"professionals.csv", "since", "until"}, {"partnerships.csv", "since", "until"}}) {
            for (Map<String, String> row : demo.rows(span[0])) {
                if (date(row, span[1]) != null && date(row, span[2]) != null) {
                    assertThat(date(row, span[2])).as(span[0] + " " + row).isAfterOrEqualTo(date(row, span[1]));
                }
            }
        }
        assertThat(demo.rows("persons.csv")).allSatisfy(p ->
                assertThat(TODAY.getYear() - Integer.parseInt(p.get("birth_year"))).isBetween(20, 100));
    }

    /** A DAC serves every age and disability: a tenth of the persons are under 60, the youngest 20-somethings. */
    @Test
    void personsOfEveryAgeFromTwentyAreKnownToServices() {
        List<Integer> ages = demo.rows("persons.csv").stream()
                .map(p -> TODAY.getYear() - Integer.parseInt(p.get("birth_year"))).toList();
        long under60 = ages.stream().filter(a -> a < 60).count();
        assertThat(under60 * 100 / ages.size()).as("moins de 60 ans, en %").isBetween(6L, 14L);
        assertThat(ages).anySatisfy(a -> assertThat(a).isLessThan(30));
        long complex = demo.rows("persons.csv").stream().filter(p -> !p.get("complexity").equals("standard")).count();
        assertThat(complex * 100 / ages.size()).as("situations complexes ou extrêmes, en %").isBetween(22L, 34L);
    }

    @Test
    void demoTerritoriesAreTheNievresRealCommunesWithTheirInseeCodesAndPopulations() {
        Map<String, Map<String, String>> territories = byId(demo.rows("territories.csv"));
        assertThat(territories.get("bourgogne-franche-comte")).containsEntry("kind", "region").containsEntry("insee_code", "27");
        assertThat(territories.get("nievre")).containsEntry("parent_id", "bourgogne-franche-comte")
                .containsEntry("insee_code", "58").containsEntry("name", "Nièvre");
        assertThat(territories.get("agglo-nevers").get("name")).isEqualTo("Agglomération de Nevers");
        assertThat(territories.get("morvan").get("name")).isEqualTo("Morvan");
        // Figures of @etalab/decoupage-administratif 6.0.0, as in src/test/resources/insee/README.md.
        assertThat(territories.get("nevers")).containsEntry("insee_code", "58194").containsEntry("population", "33085")
                .containsEntry("parent_id", "agglo-nevers");
        assertThat(territories.get("varennes-vauzelles")).containsEntry("insee_code", "58303")
                .containsEntry("population", "9146");
        assertThat(territories.get("chateau-chinon-ville")).containsEntry("insee_code", "58062")
                .containsEntry("parent_id", "morvan");
        for (String id : List.of("agglo-nevers", "morvan")) {
            assertThat(territories.get(id).get("parent_id")).isEqualTo("nievre");
            long population = Long.parseLong(territories.get(id).get("population"));
            long old = Long.parseLong(territories.get(id).get("population_75_plus"));
            // The Nièvre's share of people aged 75+ (INSEE, RP2020: 29,311 of 202,670) applied to each commune.
            assertThat(old * 1000 / population).as("part des 75 ans et plus, en ‰").isBetween(143L, 146L);
            List<Map<String, String>> communes = territories.values().stream()
                    .filter(t -> id.equals(t.get("parent_id"))).toList();
            assertThat(communes).allSatisfy(t -> {
                assertThat(t.get("kind")).isEqualTo("commune");
                assertThat(t.get("insee_code")).startsWith("58").hasSize(5);
            });
            assertThat(communes.stream().mapToLong(t -> Long.parseLong(t.get("population"))).sum()).isEqualTo(population);
        }
        assertThat(territories.values()).filteredOn(t -> "agglo-nevers".equals(t.get("parent_id"))).hasSize(14);
        assertThat(territories.values()).filteredOn(t -> "morvan".equals(t.get("parent_id"))).hasSize(80);
    }

    /**
     * EHPAD, SSIAD (with the SPASAD) and accueil de jour places, and SAAD services, per 1,000
     * people aged 75+ of each territory, as published for France (docs/demo-territory.md).
     */
    @Test
    void eachTerritorysOfferHasThePublishedDensitiesPerThousandAgedSeventyFivePlus() {
        Map<String, Map<String, String>> territories = byId(demo.rows("territories.csv"));
        for (String id : List.of("agglo-nevers", "morvan")) {
            double old = Long.parseLong(territories.get(id).get("population_75_plus")) / 1000.0;
            assertThat(places(id, "ehpad") / old).as(id + " EHPAD").isCloseTo(96.1, org.assertj.core.data.Offset.offset(0.2));
            assertThat((places(id, "ssiad") + places(id, "spasad")) / old).as(id + " SSIAD")
                    .isCloseTo(19.9, org.assertj.core.data.Offset.offset(0.2));
            assertThat(places(id, "accueil_de_jour") / old).as(id + " accueil de jour")
                    .isCloseTo(2.5, org.assertj.core.data.Offset.offset(0.2));
            long saad = structures.values().stream().filter(s -> s.get("type").equals("saad") && within(s, id)).count();
            assertThat(saad / old).as(id + " SAAD").isCloseTo(1.1, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    private static long places(String territory, String type) {
        return structures.values().stream().filter(s -> s.get("type").equals(type) && within(s, territory))
                .mapToLong(s -> Long.parseLong(s.get("capacity"))).sum();
    }

    @Test
    void ruralTerritoryIsThinnerThanTheUrbanOneAndLacksSpecialisedServices() {
        Map<String, Map<String, String>> territories = byId(demo.rows("territories.csv"));
        Set<String> urbanTypes = typesServing("nevers");
        Set<String> ruralTypes = new HashSet<>();
        long ruralServing = 0;
        for (Map<String, String> commune : territories.values()) {
            if ("morvan".equals(commune.get("parent_id"))) {
                ruralTypes.addAll(typesServing(commune.get("id")));
            }
        }
        // Their own offer: the département's and region's structures serve both alike.
        for (Map<String, String> s : structures.values()) {
            if (within(s, "morvan")) {
                ruralServing++;
            }
        }
        long urbanServing = structures.values().stream().filter(s -> within(s, "agglo-nevers")).count();
        double urbanPer1000 = urbanServing * 1000.0 / Long.parseLong(territories.get("agglo-nevers").get("population_75_plus"));
        double ruralPer1000 = ruralServing * 1000.0 / Long.parseLong(territories.get("morvan").get("population_75_plus"));
        assertThat(ruralServing).isLessThan(urbanServing / 2);
        assertThat(ruralPer1000).isLessThan(urbanPer1000);
        assertThat(ruralTypes).doesNotContain("consultation_memoire", "had", "cmp", "reseau_sante");
        assertThat(urbanTypes).contains("consultation_memoire", "had", "cmp", "accueil_de_jour", "reseau_sante",
                "dac", "clic", "ccas", "ssiad", "saad", "ehpad", "equipe_apa", "mdph", "mandataire_judiciaire",
                "caisse_retraite");
    }

    @Test
    void structuresCarryTheFieldsLifeCycleAndDepartementWideServices() {
        Map<String, String> maia = structures.get("agglo-nevers-maia");
        Map<String, String> dac = structures.get("agglo-nevers-dac");
        // A MAIA of the early 2010s absorbed when the DAC took over (July 2022); the rural DAC six months later.
        assertThat(date(maia, "opened")).isEqualTo(LocalDate.of(2012, 9, 1));
        assertThat(date(maia, "closed")).isEqualTo(LocalDate.of(2022, 6, 30)).isEqualTo(date(dac, "opened").minusDays(1));
        assertThat(date(structures.get("morvan-dac"), "opened")).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(structures.values()).anySatisfy(s -> assertThat(s.get("type")).isEqualTo("saad")
                .satisfies(t -> assertThat(date(s, "closed")).isNotNull()));
        Map<String, String> reseau = structures.values().stream().filter(s -> s.get("type").equals("reseau_sante"))
                .findFirst().orElseThrow();
        assertThat(reseau.get("min_age")).isEqualTo("75");
        assertThat(structures.values()).filteredOn(s -> s.get("type").equals("equipe_apa"))
                .allSatisfy(s -> {
                    assertThat(s.get("requires_apa")).isEqualTo("true");
                    assertThat(s.get("territory_ids")).isEqualTo("nievre");
                }).isNotEmpty();
        for (String type : List.of("mdph", "mandataire_judiciaire", "caisse_retraite")) {
            assertThat(structures.values()).filteredOn(s -> s.get("type").equals(type))
                    .allSatisfy(s -> assertThat(s.get("territory_ids")).isEqualTo("nievre")).isNotEmpty();
        }
        assertThat(structures.values()).extracting(s -> s.get("approach")).contains("masse", "sur_mesure");
        assertThat(dac.get("porteur_id")).isNotEmpty();
        assertThat(demo.rows("professionals.csv")).filteredOn(p -> p.get("role").equals("gestionnaire_de_cas"))
                .allSatisfy(p -> assertThat(p.get("origin_profession")).isNotEmpty()).hasSizeGreaterThan(3);
    }

    @Test
    void theDacAbsorbedTheMaiaThenTheClicAndTheReseauAndTookOverTheirPersons() {
        assertThat(structures.get("agglo-nevers-maia").get("absorbed_into")).isEqualTo("agglo-nevers-dac");
        LocalDate merger = TODAY.minusMonths(13).withDayOfMonth(1);
        List<Map<String, String>> absorbed = structures.values().stream()
                .filter(s -> s.get("absorbed_into").equals("agglo-nevers-dac") && !s.get("type").equals("maia")).toList();
        assertThat(absorbed).extracting(s -> s.get("type")).containsExactlyInAnyOrder("clic", "reseau_sante");
        assertThat(absorbed).allSatisfy(s -> assertThat(date(s, "closed")).isEqualTo(merger));
        assertThat(structures.values()).filteredOn(s -> !s.get("absorbed_into").isEmpty())
                .allSatisfy(s -> assertThat(s.get("closed")).isNotEmpty());
        Set<String> takenOver = absorbed.stream().map(s -> s.get("id")).collect(Collectors.toSet());
        Map<String, List<Map<String, String>>> byPerson = byPerson("involvements.csv");
        int handedOver = 0;
        for (List<Map<String, String>> involvements : byPerson.values()) {
            for (Map<String, String> i : involvements) {
                if (!takenOver.contains(i.get("structure_id"))) {
                    continue;
                }
                assertThat(date(i, "end")).as(i.toString()).isNotNull().isBeforeOrEqualTo(merger);
                if (merger.equals(date(i, "end")) && i.get("end_reason").equals("relais")) {
                    // A person followed on the day of the absorption goes on with the DAC, same kind.
                    assertThat(involvements).anySatisfy(next -> {
                        assertThat(next.get("structure_id")).isEqualTo("agglo-nevers-dac");
                        assertThat(next.get("kind")).isEqualTo(i.get("kind"));
                        assertThat(date(next, "start")).isEqualTo(merger);
                    });
                    handedOver++;
                }
            }
        }
        assertThat(handedOver).isGreaterThan(20);
        assertThat(demo.rows("referrals.csv")).filteredOn(r -> takenOver.contains(r.get("to_structure_id")))
                .isNotEmpty().allSatisfy(r -> assertThat(date(r, "date")).isBeforeOrEqualTo(merger));
    }

    @Test
    void bothTablesOfEachTerritoryMetOverTheTwoYearsAndItsCoordinationIsFunded() {
        List<Map<String, String>> meetings = demo.rows("meetings.csv");
        for (String territory : List.of("agglo-nevers", "morvan")) {
            for (String table : List.of("strategique", "tactique")) {
                List<Map<String, String>> held = meetings.stream()
                        .filter(m -> m.get("territory_id").equals(territory) && m.get("table").equals(table)).toList();
                assertThat(held).as(territory + " " + table).hasSizeGreaterThanOrEqualTo(5);
                assertThat(held).extracting(m -> date(m, "date").getYear()).as(territory + " " + table)
                        .contains(TODAY.getYear() - 1, TODAY.getYear());
            }
        }
        for (Map<String, String> m : meetings) {
            assertThat(date(m, "date")).isBetween(TODAY.minusDays(BundleSpec.DEFAULT_HISTORY_DAYS), TODAY);
            assertThat(m.get("person_id")).isEmpty();
            List<String> present = Arrays.asList(m.get("structure_ids").split(";"));
            assertThat(present.get(0)).as("the body holding the table").endsWith(present.get(0).contains("maia")
                    ? "-maia" : "-dac");
            assertThat(present).allSatisfy(id -> assertThat(structures).containsKey(id))
                    .allSatisfy(id -> assertThat(openOn(structures.get(id), date(m, "date"))).as(id).isTrue());
        }
        List<Map<String, String>> fundings = demo.rows("fundings.csv");
        assertThat(fundings.stream().map(f -> f.get("structure_id") + f.get("year") + f.get("funder") + f.get("purpose"))
                .collect(Collectors.toSet())).hasSameSizeAs(fundings);
        assertThat(fundings).allSatisfy(f -> assertThat(Long.parseLong(f.get("amount_eur"))).isPositive());
        assertThat(fundings).extracting(f -> f.get("structure_id"))
                .contains("agglo-nevers-dac", "morvan-dac", "agglo-nevers-clic");
        LocalDate merger = TODAY.minusMonths(13).withDayOfMonth(1);
        assertThat(fundings).filteredOn(f -> f.get("structure_id").equals("agglo-nevers-clic"))
                .allSatisfy(f -> assertThat(Integer.parseInt(f.get("year"))).isLessThanOrEqualTo(merger.getYear()));
    }

    @Test
    void caseManagersFilesHoldTenToFortyFiveSituationsNotAllTheSame() {
        Map<String, Integer> active = new HashMap<>();
        for (Map<String, String> i : demo.rows("involvements.csv")) {
            if (i.get("kind").equals("gestion_de_cas") && activeOn(i, TODAY)) {
                assertThat(i.get("professional_id")).isNotEmpty();
                active.merge(i.get("professional_id"), 1, Integer::sum);
            }
        }
        assertThat(active).isNotEmpty();
        assertThat(active.values()).allSatisfy(n -> assertThat(n).isBetween(10, 45));
        assertThat(new HashSet<>(active.values())).hasSizeGreaterThan(2);
    }

    /**
     * Each orphan reason of the contract, on the reference date (window: the 90 days before),
     * has at least one person of the demo whose rows meet its conditions, in each territory
     * for the reasons a pilot looks at first.
     */
    @Test
    void demoHoldsPersonsMeetingEveryOrphanReasonOnItsReferenceDate() {
        Map<String, Set<String>> reasonsByTerritory = new HashMap<>();
        Map<String, List<Map<String, String>>> referrals = byPerson("referrals.csv");
        Map<String, List<Map<String, String>>> involvements = byPerson("involvements.csv");
        LocalDate windowStart = TODAY.minusDays(90);
        for (Map<String, String> person : demo.rows("persons.csv")) {
            List<Map<String, String>> refs = referrals.getOrDefault(person.get("id"), List.of());
            List<Map<String, String>> invs = involvements.getOrDefault(person.get("id"), List.of());
            if (closed(invs, refs)) {
                continue;
            }
            Set<String> reasons = reasonsByTerritory.computeIfAbsent(territoryOf(person.get("territory_id")),
                    t -> new HashSet<>());
            if (invs.stream().noneMatch(i -> activeOn(i, TODAY))) {
                reasons.add("sans_interlocuteur");
            }
            List<Map<String, String>> bounced = refs.stream().filter(r -> inWindow(r, windowStart))
                    .filter(r -> List.of("refusee", "reorientee").contains(statusOn(r))).toList();
            if (bounced.size() >= 2) {
                LocalDate first = bounced.stream().map(r -> date(r, "date")).min(LocalDate::compareTo).orElseThrow();
                if (refs.stream().noneMatch(r -> !date(r, "date").isBefore(first) && !date(r, "date").isAfter(TODAY)
                        && statusOn(r).equals("acceptee"))) {
                    reasons.add("ping_pong");
                }
            }
            if (refs.stream().anyMatch(r -> inWindow(r, windowStart) && date(r, "date").isBefore(TODAY.minusDays(30))
                    && List.of("en_attente", "sans_reponse").contains(statusOn(r)))) {
                reasons.add("sans_reponse");
            }
            // The person's complexity is that of their latest assessment (the generator keeps them equal).
            boolean complex = !person.get("complexity").equals("standard");
            boolean inEhpad = invs.stream().anyMatch(i -> activeOn(i, TODAY)
                    && structures.get(i.get("structure_id")).get("type").equals("ehpad"));
            boolean managed = invs.stream().anyMatch(i -> activeOn(i, TODAY) && i.get("kind").equals("gestion_de_cas"));
            if (complex && !inEhpad && !managed) {
                reasons.add("complexe_sans_gestionnaire");
            }
            if (!uncovered(person).isEmpty()) {
                reasons.add("besoin_non_couvert");
            }
        }
        List<String> all = List.of("sans_interlocuteur", "ping_pong", "sans_reponse", "complexe_sans_gestionnaire",
                "besoin_non_couvert");
        assertThat(reasonsByTerritory.get("agglo-nevers")).containsAll(all);
        assertThat(reasonsByTerritory.get("morvan")).contains("sans_interlocuteur", "complexe_sans_gestionnaire",
                "besoin_non_couvert");
    }

    @Test
    void ruralNeedsGoUncoveredWhereTheUrbanOfferCoversThem() {
        Map<String, Long> uncoveredByTerritory = demo.rows("persons.csv").stream()
                .filter(p -> !uncovered(p).isEmpty())
                .collect(Collectors.groupingBy(p -> territoryOf(p.get("territory_id")), Collectors.counting()));
        long ruralPersons = demo.rows("persons.csv").stream()
                .filter(p -> territoryOf(p.get("territory_id")).equals("morvan")).count();
        long urbanPersons = demo.rows("persons.csv").size() - ruralPersons;
        double ruralShare = uncoveredByTerritory.getOrDefault("morvan", 0L) / (double) ruralPersons;
        double urbanShare = uncoveredByTerritory.getOrDefault("agglo-nevers", 0L) / (double) urbanPersons;
        assertThat(ruralShare).isGreaterThan(2 * urbanShare);
        Set<String> ruralGaps = new HashSet<>();
        demo.rows("persons.csv").stream().filter(p -> territoryOf(p.get("territory_id")).equals("morvan"))
                .forEach(p -> ruralGaps.addAll(uncovered(p)));
        assertThat(ruralGaps).contains("cognitif", "psychiatrique");
    }

    /** Over the last 12 months: both overlap kinds, ruptures, and a méta-réseau with many ties. */
    @Test
    void lastTwelveMonthsShowOverlapsRupturesAndAManyTiedNetwork() {
        LocalDate from = TODAY.minusYears(1);
        Map<String, List<Map<String, String>>> involvements = byPerson("involvements.csv");
        int multipleEvaluations = 0;
        int multipleReferents = 0;
        for (List<Map<String, String>> invs : involvements.values()) {
            List<Map<String, String>> evaluations = invs.stream().filter(i -> i.get("kind").equals("evaluation")
                    && !date(i, "start").isBefore(from)).toList();
            if (pairs(evaluations).stream().anyMatch(p -> Math.abs(date(p.get(0), "start").toEpochDay()
                    - date(p.get(1), "start").toEpochDay()) <= 90)) {
                multipleEvaluations++;
            }
            List<Map<String, String>> referents = invs.stream().filter(i -> List.of("referent", "gestion_de_cas")
                    .contains(i.get("kind"))).toList();
            if (pairs(referents).stream().anyMatch(p -> together(p.get(0), p.get(1), from))) {
                multipleReferents++;
            }
        }
        assertThat(multipleEvaluations).isGreaterThan(20);
        assertThat(multipleReferents).isGreaterThan(20);
        assertThat(demo.rows("involvements.csv")).filteredOn(i -> i.get("end_reason").equals("rupture")
                && !date(i, "end").isBefore(from)).hasSizeGreaterThan(20);

        Set<String> ties = new HashSet<>();
        Map<String, String> workplace = new HashMap<>();
        demo.rows("professionals.csv").forEach(p -> workplace.put(p.get("id"), p.get("structure_id")));
        for (Map<String, String> r : demo.rows("referrals.csv")) {
            String sender = !r.get("from_structure_id").isEmpty() ? r.get("from_structure_id")
                    : workplace.get(r.get("from_professional_id"));
            if (sender != null && !sender.equals(r.get("to_structure_id")) && !date(r, "date").isBefore(from)) {
                ties.add(sender.compareTo(r.get("to_structure_id")) < 0 ? sender + "|" + r.get("to_structure_id")
                        : r.get("to_structure_id") + "|" + sender);
            }
        }
        assertThat(ties).hasSizeGreaterThan(300);
        assertThat(demo.rows("partnerships.csv")).extracting(p -> p.get("kind"))
                .contains("convention", "partenariat", "table_tactique", "table_strategique", "declare");
    }

    /**
     * On the reference date each structure with a capacity follows (capacity endpoint's
     * definition: distinct persons with an active involvement) around its capacity: most
     * between 60 and 105 %, a few saturated, none far beyond it.
     */
    @Test
    void structuresWithACapacityAreFilledAroundItOnTheReferenceDate() {
        Map<String, Set<String>> followed = new HashMap<>();
        for (Map<String, String> i : demo.rows("involvements.csv")) {
            if (activeOn(i, TODAY)) {
                followed.computeIfAbsent(i.get("structure_id"), id -> new HashSet<>()).add(i.get("person_id"));
            }
        }
        List<Double> occupancy = new ArrayList<>();
        for (Map<String, String> s : structures.values()) {
            boolean open = (date(s, "opened") == null || !date(s, "opened").isAfter(TODAY))
                    && (date(s, "closed") == null || !date(s, "closed").isBefore(TODAY));
            if (!s.get("capacity").isEmpty() && open) {
                double share = followed.getOrDefault(s.get("id"), Set.of()).size() / Double.parseDouble(s.get("capacity"));
                assertThat(share).as(s.get("id") + " occupation").isBetween(0.5, 1.12);
                occupancy.add(share);
            }
        }
        assertThat(occupancy).hasSizeGreaterThan(30);
        long plausible = occupancy.stream().filter(o -> o >= 0.6 && o <= 1.05).count();
        long saturated = occupancy.stream().filter(o -> o >= 1).count();
        assertThat(plausible * 100 / occupancy.size()).as("entre 60 et 105 %, en %").isGreaterThanOrEqualTo(85);
        assertThat(saturated * 100 / occupancy.size()).as("saturées, en %").isBetween(5L, 25L);
    }

    /** Rural residents are hospitalised in the city too: the CH de Nevers exchanges about the Morvan's persons. */
    @Test
    void ruralPersonsHospitalStaysArePartlyAtTheCityHospitalOutsideTheirEcology() {
        Map<String, String> hospital = structures.get("agglo-nevers-hopital");
        assertThat(list(hospital, "territory_ids")).containsExactly("agglo-nevers");
        Set<String> city = structures.values().stream().filter(s -> s.get("id").equals("agglo-nevers-hopital")
                || s.get("porteur_id").equals("agglo-nevers-hopital") && s.get("type").equals("service_social_hospitalier"))
                .map(s -> s.get("id")).collect(Collectors.toSet());
        assertThat(city).hasSize(2);
        Map<String, String> workplace = new HashMap<>();
        demo.rows("professionals.csv").forEach(p -> workplace.put(p.get("id"), p.get("structure_id")));
        Map<String, String> home = new HashMap<>();
        demo.rows("persons.csv").forEach(p -> home.put(p.get("id"), territoryOf(p.get("territory_id"))));
        long withCity = 0;
        long hospitalReferrals = 0;
        for (Map<String, String> r : demo.rows("referrals.csv")) {
            if (!home.get(r.get("person_id")).equals("morvan")) {
                continue;
            }
            String sender = !r.get("from_structure_id").isEmpty() ? r.get("from_structure_id")
                    : workplace.get(r.get("from_professional_id"));
            Set<String> ends = new HashSet<>(Arrays.asList(sender, r.get("to_structure_id")));
            if (sender != null && ends.stream().anyMatch(city::contains)) {
                withCity++;
            }
            if (ends.stream().anyMatch(id -> id != null
                    && List.of("hopital", "service_social_hospitalier").contains(structures.get(id).get("type")))) {
                hospitalReferrals++;
            }
        }
        assertThat(withCity).isGreaterThan(20);
        assertThat(withCity * 100 / hospitalReferrals).as("échanges hospitaliers du Morvan avec Nevers, en %")
                .isBetween(40L, 80L);
    }

    @Test
    void demoIsSizedForAQuickFirstStart() {
        long rows = demo.rows("referrals.csv").size() + demo.rows("involvements.csv").size()
                + demo.rows("persons.csv").size();
        assertThat(structures).hasSizeBetween(120, 400);
        assertThat(demo.rows("persons.csv")).hasSizeBetween(2000, 6000);
        assertThat(rows).isLessThan(60_000);
    }

    // ---- the contract's definitions, on rows ----

    private static boolean closed(List<Map<String, String>> invs, List<Map<String, String>> refs) {
        List<Map<String, String>> started = invs.stream().filter(i -> !date(i, "start").isAfter(TODAY)).toList();
        if (started.isEmpty() || started.stream().anyMatch(i -> activeOn(i, TODAY))) {
            return false;
        }
        LocalDate last = started.stream().map(i -> date(i, "end")).max(LocalDate::compareTo).orElseThrow();
        boolean settled = started.stream().filter(i -> date(i, "end").equals(last))
                .allMatch(i -> List.of("stabilisation", "deces", "institutionnalisation", "demenagement")
                        .contains(i.get("end_reason")));
        return settled && refs.stream().noneMatch(r -> date(r, "date").isAfter(last) && !date(r, "date").isAfter(TODAY));
    }

    private static boolean openOn(Map<String, String> structure, LocalDate day) {
        return (date(structure, "opened") == null || !date(structure, "opened").isAfter(day))
                && (date(structure, "closed") == null || !date(structure, "closed").isBefore(day));
    }

    private static boolean activeOn(Map<String, String> involvement, LocalDate day) {
        return !date(involvement, "start").isAfter(day)
                && (date(involvement, "end") == null || !date(involvement, "end").isBefore(day));
    }

    private static boolean together(Map<String, String> a, Map<String, String> b, LocalDate from) {
        if (a.get("structure_id").equals(b.get("structure_id"))) {
            return false;
        }
        LocalDate start = max(max(date(a, "start"), date(b, "start")), from);
        LocalDate end = min(min(endOr(a), endOr(b)), TODAY);
        return !start.isAfter(end);
    }

    private static LocalDate endOr(Map<String, String> involvement) {
        return date(involvement, "end") == null ? TODAY : date(involvement, "end");
    }

    private static String statusOn(Map<String, String> referral) {
        LocalDate response = date(referral, "response_date");
        if (response != null && !response.isAfter(TODAY)) {
            return referral.get("status");
        }
        return referral.get("status").equals("sans_reponse") ? "sans_reponse" : "en_attente";
    }

    private static boolean inWindow(Map<String, String> referral, LocalDate from) {
        return !date(referral, "date").isBefore(from) && !date(referral, "date").isAfter(TODAY);
    }

    /** The person's needs no structure serving their place handles for them on the reference date. */
    private static List<String> uncovered(Map<String, String> person) {
        int age = TODAY.getYear() - Integer.parseInt(person.get("birth_year"));
        List<String> places = ancestors(person.get("territory_id"));
        List<String> gaps = new ArrayList<>();
        for (String need : list(person, "needs")) {
            boolean handled = structures.values().stream()
                    .filter(s -> list(s, "territory_ids").stream().anyMatch(places::contains))
                    .anyMatch(s -> list(s, "domains").contains(need)
                            && (list(s, "complexity").isEmpty() || list(s, "complexity").contains(person.get("complexity")))
                            && (s.get("min_age").isEmpty() || age >= Integer.parseInt(s.get("min_age")))
                            && (!s.get("requires_apa").equals("true") || person.get("apa").equals("true"))
                            && (date(s, "opened") == null || !date(s, "opened").isAfter(TODAY))
                            && (date(s, "closed") == null || !date(s, "closed").isBefore(TODAY)));
            if (!handled) {
                gaps.add(need);
            }
        }
        return gaps;
    }

    private static Set<String> typesServing(String place) {
        List<String> places = ancestors(place);
        return structures.values().stream().filter(s -> list(s, "territory_ids").stream().anyMatch(places::contains))
                .map(s -> s.get("type")).collect(Collectors.toSet());
    }

    /** Covers only the territory or its places. */
    private static boolean within(Map<String, String> structure, String territory) {
        return list(structure, "territory_ids").stream().allMatch(t -> ancestors(t).contains(territory));
    }

    private static String territoryOf(String place) {
        return ancestors(place).stream().filter(t -> t.equals("agglo-nevers") || t.equals("morvan")).findFirst()
                .orElseThrow();
    }

    private static List<String> ancestors(String territory) {
        List<String> chain = new ArrayList<>();
        for (String t = territory; t != null && !t.isEmpty(); t = parent.get(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static List<List<Map<String, String>>> pairs(List<Map<String, String>> rows) {
        List<List<Map<String, String>>> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (!rows.get(i).get("structure_id").equals(rows.get(j).get("structure_id"))) {
                    pairs.add(List.of(rows.get(i), rows.get(j)));
                }
            }
        }
        return pairs;
    }

    private static Map<String, List<Map<String, String>>> byPerson(String file) {
        return demo.rows(file).stream().collect(Collectors.groupingBy(r -> r.get("person_id")));
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        return byId;
    }

    private static Set<String> ids(String file) {
        return demo.rows(file).stream().map(r -> r.get("id")).collect(Collectors.toSet());
    }

    private static <E extends Enum<E> & fr.maillage.vocabulary.Coded> void codes(String file, String column,
                                                                                Class<E> vocabulary) {
        List<String> codes = Vocabulary.codes(vocabulary);
        for (Map<String, String> row : demo.rows(file)) {
            assertThat(codes).as(file + " " + column).containsAll(list(row, column));
        }
    }

    private static void references(String file, String column, Set<String> ids) {
        for (Map<String, String> row : demo.rows(file)) {
            assertThat(ids).as(file + " " + column).containsAll(list(row, column));
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
