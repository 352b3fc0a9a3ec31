package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.maillage.demo.BundleSpec.TerritorySize;

/** The synthetic country: the same generator, N territories of a requested size. */
class CountryBundleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void everyTerritoryOfTheCountryHasTheRequestedSizeAndIdsNeverCollide(@TempDir Path folder) throws IOException {
        TerritorySize size = new TerritorySize(80, 600, 3_000);
        GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.country(7, TODAY, 3, size), folder);
        BundleRows rows = new BundleRows(folder);

        Map<String, String> parent = rows.rows("territories.csv").stream()
                .collect(Collectors.toMap(t -> t.get("id"), t -> t.get("parent_id")));
        assertThat(rows.rows("territories.csv")).filteredOn(t -> t.get("kind").equals("territoire"))
                .extracting(t -> t.get("id")).containsExactly("t01", "t02", "t03");
        // Two territories per département: t01 and t02 share dep-01, t03 is alone in dep-02.
        assertThat(parent.get("t01")).isEqualTo("dep-01").isEqualTo(parent.get("t02"));
        assertThat(parent.get("t03")).isEqualTo("dep-02");

        Function<String, String> territory = id -> id.substring(0, 3);
        Map<String, Long> structures = rows.rows("structures.csv").stream().map(s -> s.get("id"))
                .filter(id -> id.startsWith("t")).collect(Collectors.groupingBy(territory, Collectors.counting()));
        assertThat(structures.values()).allSatisfy(n -> assertThat(n).isBetween(70L, 90L));
        Map<String, Long> persons = rows.rows("persons.csv").stream()
                .collect(Collectors.groupingBy(p -> territory.apply(p.get("id")), Collectors.counting()));
        assertThat(persons).containsOnly(Map.entry("t01", 600L), Map.entry("t02", 600L), Map.entry("t03", 600L));
        long twoYears = 3_000L * BundleSpec.DEFAULT_HISTORY_DAYS / 365;
        Map<String, Long> referrals = rows.rows("referrals.csv").stream()
                .collect(Collectors.groupingBy(r -> territory.apply(r.get("person_id")), Collectors.counting()));
        assertThat(referrals.values()).allSatisfy(n -> assertThat(n).isBetween(twoYears * 95 / 100, twoYears * 12 / 10));

        for (String file : List.of("territories.csv", "structures.csv", "professionals.csv", "persons.csv",
                "referrals.csv", "involvements.csv", "assessments.csv", "meetings.csv")) {
            Set<String> ids = new HashSet<>();
            assertThat(rows.rows(file)).as(file).allSatisfy(r -> assertThat(ids.add(r.get("id"))).isTrue());
        }
        assertThat(bundle.totalRows()).isEqualTo(CsvBundleWriter.COLUMNS.keySet().stream()
                .mapToLong(file -> rows.rows(file).size()).sum());
        assertThat(rows.rows("meetings.csv")).isNotEmpty();
        assertThat(rows.rows("fundings.csv")).isNotEmpty();
    }

    /** Seed 7 over two territories drew the first seven quartiers' 75+ shares above the total: the last went to -339. */
    @Test
    void aQuartiersPeopleAged75PlusAreNeverBelowZeroAndAddUpToTheirTerritorys(@TempDir Path folder) throws IOException {
        BundleGenerator.generate(BundleSpec.country(7, LocalDate.of(2026, 6, 30), 2, new TerritorySize(40, 800, 2_500)),
                folder);
        List<Map<String, String>> territories = new BundleRows(folder).rows("territories.csv");

        assertThat(territories).allSatisfy(t -> assertThat(Long.parseLong(t.get("population_75_plus")))
                .as(t.get("id")).isNotNegative());
        for (String id : List.of("t01", "t02")) {
            long whole = territories.stream().filter(t -> t.get("id").equals(id))
                    .mapToLong(t -> Long.parseLong(t.get("population_75_plus"))).sum();
            assertThat(territories.stream().filter(t -> id.equals(t.get("parent_id")))
                    .mapToLong(t -> Long.parseLong(t.get("population_75_plus"))).sum()).as(id).isEqualTo(whole);
        }
    }

    @Test
    void generateCommandWritesTheDemoOrACountryAndRejectsUnknownOptions(@TempDir Path folder) {
        assertThat(GenerateCommand.run(new String[] {folder.resolve("demo").toString(), "--seed=3",
                "--date=2026-11-25"})).isZero();
        assertThat(folder.resolve("demo/territories.csv")).content().contains("agglo-nevers", "morvan");
        assertThat(GenerateCommand.run(new String[] {folder.resolve("pays").toString(), "--territories=1",
                "--structures=40", "--persons=50", "--referrals-per-year=100", "--date=2026-11-25"})).isZero();
        assertThat(folder.resolve("pays/territories.csv")).content().contains("t01").doesNotContain("agglo-nevers");
        assertThat(GenerateCommand.run(new String[] {folder.resolve("x").toString(), "--persones=5"})).isEqualTo(2);
        assertThat(GenerateCommand.run(new String[] {folder.resolve("x").toString(), "--persons=5"})).isEqualTo(2);
        assertThat(GenerateCommand.run(new String[] {})).isEqualTo(2);
    }
}
