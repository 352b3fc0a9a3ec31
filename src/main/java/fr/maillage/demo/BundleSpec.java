package fr.maillage.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link BundleGenerator} makes: a region, its départements and their territories, with
 * the seed and the reference date every generated date is relative to. The same spec gives a
 * byte-identical bundle.
 *
 * @param seed          seed of every random draw
 * @param referenceDate the "today" of the bundle: no date falls after it
 * @param historyDays   how far back the referrals and involvements go
 */
public record BundleSpec(long seed, LocalDate referenceDate, int historyDays, Area region,
                         List<DepartementSpec> departements) {

    /** The seed of the demo loaded on first start, and of {@code generate} by default. */
    public static final long DEMO_SEED = 42;

    /** Two years of history: the default "last 12 months" and the year before it. */
    public static final int DEFAULT_HISTORY_DAYS = 730;

    public BundleSpec {
        departements = List.copyOf(departements);
    }

    /**
     * A region or a département: a territory that only groups others.
     *
     * @param population75Plus null when unknown
     * @param inseeCode        its code in INSEE's Code officiel géographique, or null for a synthetic one
     */
    public record Area(String id, String name, long population, Long population75Plus, String inseeCode) {
        public Area(String id, String name, long population, long population75Plus) {
            this(id, name, population, (Long) population75Plus, null);
        }
    }

    /** A real commune of a territory, with its INSEE code, population and estimated people aged 75+. */
    public record Place(String id, String name, long population, long population75Plus, String inseeCode) {
    }

    public record DepartementSpec(Area area, List<TerritorySpec> territories) {
        public DepartementSpec {
            territories = List.copyOf(territories);
        }
    }

    /** Urban territories have quartiers and a dense offer; rural ones communes and a thin one. */
    public enum Setting { URBAN, RURAL }

    /**
     * One territory (territoire de coordination) and its size.
     *
     * @param subdivisions    names of its quartiers (urban) or communes (rural), their populations drawn;
     *                        empty when {@code places} are given
     * @param places          its real communes (largest first), or empty for a synthetic territory
     * @param structures      structures it holds, roughly (singletons such as the DAC are kept)
     * @param persons         persons living there that services know of
     * @param referralsPerYear referrals about its persons per year, at least (the persons' stories may make more)
     */
    public record TerritorySpec(String id, String name, Setting setting, List<String> subdivisions,
                                List<Place> places, long population, long population75Plus, int structures,
                                int persons, int referralsPerYear) {
        public TerritorySpec {
            subdivisions = List.copyOf(subdivisions);
            places = List.copyOf(places);
        }
    }

    /** The size of each territory of a synthetic country. */
    public record TerritorySize(int structures, int persons, int referralsPerYear) {
        /** The analyses benchmark's territory: ~300 structures, ~20,000 persons, ~100,000 referrals a year. */
        public static final TerritorySize BENCHMARK = new TerritorySize(300, 20_000, 100_000);
    }

    /**
     * The demo, on real geography (see {@link RealGeography} and {@code docs/demo-territory.md}):
     * région Bourgogne-Franche-Comté > département Nièvre > the urban territory
     * {@code agglo-nevers} (the 14 communes of the CA de Nevers) and the rural territory
     * {@code morvan} (the 80 communes of two communautés de communes of the Morvan), with their
     * INSEE codes and populations. The two DAC territories are the demo's, not the real DAC's.
     */
    public static BundleSpec demo(long seed, LocalDate referenceDate) {
        RealGeography nievre = RealGeography.nievre();
        TerritorySpec nevers = nievre.territory("agglo-nevers", "Agglomération de Nevers", Setting.URBAN, 110, 1_700,
                2_600);
        TerritorySpec morvan = nievre.territory("morvan", "Morvan", Setting.RURAL, 36, 680, 960);
        return new BundleSpec(seed, referenceDate, DEFAULT_HISTORY_DAYS, nievre.region(),
                List.of(new DepartementSpec(nievre.departement(), List.of(nevers, morvan))));
    }

    /**
     * A synthetic country: {@code territories} urban territories of the given size, two per
     * département, under one region. Ids are prefixed by the territory ({@code t01-...}).
     */
    public static BundleSpec country(long seed, LocalDate referenceDate, int territories, TerritorySize size) {
        List<DepartementSpec> departements = new ArrayList<>();
        List<TerritorySpec> current = new ArrayList<>();
        for (int t = 1; t <= territories; t++) {
            String id = String.format(Locale.ROOT, "t%02d", t);
            List<String> quartiers = new ArrayList<>();
            for (int q = 1; q <= 8; q++) {
                quartiers.add("Secteur " + q);
            }
            // Population follows the persons known to services (~6 % of people aged 75+).
            long population75Plus = size.persons() * 16L;
            current.add(new TerritorySpec(id, "Territoire " + t, Setting.URBAN, quartiers, List.of(),
                    population75Plus * 11, population75Plus, size.structures(), size.persons(),
                    size.referralsPerYear()));
            if (current.size() == 2 || t == territories) {
                int number = departements.size() + 1;
                long population = current.stream().mapToLong(TerritorySpec::population).sum();
                long population75 = current.stream().mapToLong(TerritorySpec::population75Plus).sum();
                departements.add(new DepartementSpec(new Area(String.format(Locale.ROOT, "dep-%02d", number),
                        "Département " + number, population, population75), current));
                current = new ArrayList<>();
            }
        }
        long population = departements.stream().mapToLong(d -> d.area().population()).sum();
        long population75 = departements.stream().mapToLong(d -> d.area().population75Plus()).sum();
        return new BundleSpec(seed, referenceDate, DEFAULT_HISTORY_DAYS,
                new Area("reg-pays", "Pays synthétique", population, population75), departements);
    }
}
