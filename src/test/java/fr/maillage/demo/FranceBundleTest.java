package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic France ({@code generate --country --scale=S}): real régions, départements and
 * communes, one DAC territory per département, activity in proportion to the people aged 75+, the
 * same territory whatever the scale. One and two départements here; the whole country is the
 * benchmark's.
 */
class FranceBundleTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    @Test
    void scaleKeepsTheFirstDepartementsWithTheirRealCodesCommunesAndRegions(@TempDir Path folder) throws IOException {
        BundleGenerator.generate(BundleSpec.france(7, DATE, 0.02), folder);
        BundleRows rows = new BundleRows(folder);
        Map<String, Map<String, String>> territories = byId(rows.rows("territories.csv"));
        assertThat(territories.values()).filteredOn(t -> t.get("kind").equals("departement"))
                .extracting(t -> t.get("insee_code") + " " + t.get("name"))
                .containsExactlyInAnyOrder("01 Ain", "02 Aisne");
        assertThat(territories.get("ain").get("parent_id")).isEqualTo("auvergne-rhone-alpes");
        assertThat(territories.get("auvergne-rhone-alpes").get("insee_code")).isEqualTo("84");
        assertThat(territories.get("dac-01").get("parent_id")).isEqualTo("ain");
        // Bourg-en-Bresse, the Ain's préfecture and its largest commune, with its real INSEE code.
        assertThat(territories).containsKey("bourg-en-bresse-01053");
        assertThat(territories.get("bourg-en-bresse-01053").get("parent_id")).isEqualTo("dac-01");
        long communes = territories.values().stream().filter(t -> t.get("kind").equals("commune")
                && t.get("parent_id").equals("dac-01")).count();
        assertThat(communes).isBetween(380L, 420L);
        long population = territories.values().stream().filter(t -> t.get("parent_id").equals("dac-01"))
                .mapToLong(t -> Long.parseLong(t.get("population"))).sum();
        assertThat(Long.parseLong(territories.get("dac-01").get("population"))).isEqualTo(population);
        // A région keeps its real population although the scale keeps one of its départements.
        assertThat(Long.parseLong(territories.get("auvergne-rhone-alpes").get("population")))
                .isGreaterThan(7_000_000L);
        Set<String> ids = new HashSet<>();
        for (String file : List.of("territories.csv", "structures.csv", "professionals.csv", "persons.csv",
                "referrals.csv", "involvements.csv", "assessments.csv", "meetings.csv")) {
            assertThat(rows.rows(file)).as(file).allSatisfy(r -> assertThat(ids.add(file + r.get("id"))).isTrue());
        }
    }

    @Test
    void everyTerritoryOfTheWholeCountryHasItsOwnId() {
        List<String> ids = new ArrayList<>();
        for (BundleSpec.RegionSpec region : BundleSpec.france(7, DATE, 1).regions()) {
            ids.add(region.area().id());
            for (BundleSpec.DepartementSpec d : region.departements()) {
                ids.add(d.area().id());
                for (BundleSpec.TerritorySpec t : d.territories()) {
                    ids.add(t.id());
                    t.places().forEach(p -> ids.add(p.id()));
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(34_000).doesNotHaveDuplicates();
        // Guadeloupe is a région of one département of the same name.
        assertThat(ids).contains("region-guadeloupe", "guadeloupe", "dac-971");
    }

    @Test
    void personsFollowThePeopleAgedSeventyFivePlusAndATerritoryIsTheSameAtEveryScale(@TempDir Path folder)
            throws IOException {
        BundleSpec larger = BundleSpec.france(7, DATE, 0.03);
        for (BundleSpec.DepartementSpec d : larger.departements()) {
            BundleSpec.TerritorySpec t = d.territories().get(0);
            // 2 million persons with a story for France's 6.5 million people aged 75+: about 0.31 each.
            assertThat(t.persons() / (double) t.population75Plus()).as(t.id()).isCloseTo(0.308, within(0.005));
            assertThat(t.structures() / (double) t.population75Plus()).as(t.id()).isCloseTo(0.008, within(0.0005));
        }
        BundleGenerator.generate(BundleSpec.france(7, DATE, 0.01), folder.resolve("one"));
        BundleGenerator.generate(BundleSpec.france(7, DATE, 0.02), folder.resolve("two"));
        Map<String, Long> one = perTerritory(new BundleRows(folder.resolve("one")));
        Map<String, Long> two = perTerritory(new BundleRows(folder.resolve("two")));
        assertThat(two).containsOnlyKeys("dac-01", "dac-02");
        // The stories' persons and the EHPAD's residents: at least the spec's persons.
        int aisne = larger.departements().stream().filter(d -> d.area().inseeCode().equals("02")).findFirst()
                .orElseThrow().territories().get(0).persons();
        assertThat(two.get("dac-02")).isGreaterThanOrEqualTo(aisne);
        // The Ain's draws follow the Aisne's in the second bundle: another draw, the same size.
        assertThat(one.get("dac-01")).isCloseTo(two.get("dac-01"), withinPercentage(5));
    }

    @Test
    void sameSeedAndDateGiveTheSameBytes(@TempDir Path folder) throws IOException {
        BundleGenerator.generate(BundleSpec.france(7, DATE, 0.01), folder.resolve("a"));
        BundleGenerator.generate(BundleSpec.france(7, DATE, 0.01), folder.resolve("b"));
        for (String file : CsvBundleWriter.COLUMNS.keySet()) {
            assertThat(Files.readAllBytes(folder.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(folder.resolve("b").resolve(file)));
        }
    }

    @Test
    void generateCommandTakesCountryAndScaleAndRefusesThemWithASyntheticCountrysSizes() {
        assertThat(GenerateCommand.spec(Map.of("country", "true", "scale", "0.02")).departements())
                .extracting(d -> d.area().inseeCode()).containsExactlyInAnyOrder("01", "02");
        assertThat(GenerateCommand.spec(Map.of("country", "true")).departements()).hasSize(101);
        assertThatThrownBy(() -> GenerateCommand.spec(Map.of("country", "true", "scale", "2")))
                .hasMessageContaining("--scale");
        assertThatThrownBy(() -> GenerateCommand.spec(Map.of("country", "true", "territories", "3")))
                .hasMessageContaining("--country");
        assertThatThrownBy(() -> GenerateCommand.spec(Map.of("scale", "0.5"))).hasMessageContaining("--country");
    }

    private static Map<String, Long> perTerritory(BundleRows rows) {
        Map<String, String> parent = rows.rows("territories.csv").stream()
                .collect(Collectors.toMap(t -> t.get("id"), t -> t.get("parent_id")));
        return rows.rows("persons.csv").stream().collect(Collectors.groupingBy(p -> {
            String t = p.get("territory_id");
            return t.startsWith("dac-") ? t : parent.get(t);
        }, Collectors.counting()));
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    }
}
