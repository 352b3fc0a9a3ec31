package fr.maillage.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link BundleGenerator} makes: régions, their départements and their territories, with
 * the seed and the reference date every generated date is relative to. The same spec gives a
 * byte-identical bundle.
 *
 * @param seed          seed of every random draw
 * @param referenceDate the "today" of the bundle: no date falls after it
 * @param historyDays   how far back the referrals and involvements go
 */
public record BundleSpec(long seed, LocalDate referenceDate, int historyDays, List<RegionSpec> regions) {

    public BundleSpec {
        regions = List.copyOf(regions);
    }

    /** A spec of one région. */
    public BundleSpec(long seed, LocalDate referenceDate, int historyDays, Area region,
                      List<DepartementSpec> departements) {
        this(seed, referenceDate, historyDays, List.of(new RegionSpec(region, departements)));
    }

    /** Every département, région by région. */
    public List<DepartementSpec> departements() {
        return regions.stream().flatMap(r -> r.departements().stream()).toList();
    }

    /** The seed of the demo loaded on first start, and of {@code generate} by default. */
    public static final long DEMO_SEED = 42;

    /** Two years of history: the default "last 12 months" and the year before it. */
    public static final int DEFAULT_HISTORY_DAYS = 730;

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

    public record RegionSpec(Area area, List<DepartementSpec> departements) {
        public RegionSpec {
            departements = List.copyOf(departements);
        }
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
     * The share of people aged 75+ the synthetic France gives every commune: about 6.5 million for
     * France's 68.4 million inhabitants, the order INSEE counts in the early 2020s (the DREES's
     * "about 6 million" of 2015, in {@link StructureCatalog}); a real département's share ranges from
     * about 6 to 15 % (the Nièvre's is 14.5 %, {@link #demo}).
     */
    static final double FRANCE_SHARE_75_PLUS = 0.095;

    /**
     * For the whole of France: persons known to services, referrals asked for a year (the stories
     * make about 10 million over the two years of history) and structures per 1,000 aged 75+.
     */
    static final long FRANCE_PERSONS = 2_000_000;
    static final long FRANCE_REFERRALS_PER_YEAR = 6_000_000;
    static final double FRANCE_STRUCTURES_PER_1000_AGED_75_PLUS = 8.0;

    /**
     * A synthetic France (France synthétique) on real geography: the first {@code scale} share of
     * France's 101 départements in INSEE code order (all of them at scale 1), under their real
     * régions, each one DAC territory ({@code dac-<code>}) made of all its real communes with their
     * INSEE codes and populations; persons, referrals and structures in proportion to each
     * territory's people aged 75+ (estimated as {@link #FRANCE_SHARE_75_PLUS} of its population), so
     * a territory has the same size whatever the scale and only the country grows. A territory whose
     * largest commune has 50,000 inhabitants or more is urban.
     */
    public static BundleSpec france(long seed, LocalDate referenceDate, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("--scale : un nombre entre 0 (exclu) et 1 (toute la France), pas " + scale);
        }
        List<FranceGeography.Region> france = FranceGeography.regions();
        List<FranceGeography.Departement> all = france.stream().flatMap(r -> r.departements().stream()).toList();
        double aged = all.stream().mapToLong(FranceGeography.Departement::population).sum() * FRANCE_SHARE_75_PLUS;
        int kept = (int) Math.max(1, Math.round(scale * all.size()));
        Set<String> chosen = new HashSet<>();
        all.stream().map(FranceGeography.Departement::code).sorted().limit(kept).forEach(chosen::add);
        List<RegionSpec> regions = new ArrayList<>();
        for (FranceGeography.Region region : france) {
            List<DepartementSpec> departements = new ArrayList<>();
            for (FranceGeography.Departement d : region.departements()) {
                if (chosen.contains(d.code())) {
                    departements.add(franceDepartement(d, aged));
                }
            }
            if (!departements.isEmpty()) {
                // The région keeps its real population, whichever of its départements the scale keeps.
                long population = region.departements().stream().mapToLong(FranceGeography.Departement::population).sum();
                long population75 = Math.round(population * FRANCE_SHARE_75_PLUS);
                regions.add(new RegionSpec(new Area(regionId(region), region.name(), population, population75,
                        region.code()), departements));
            }
        }
        return new BundleSpec(seed, referenceDate, DEFAULT_HISTORY_DAYS, regions);
    }

    /**
     * A région's id: its name's slug, or {@code region-<slug>} for the five DROM, whose région
     * and only département share their name (Guadeloupe, …) and would otherwise share their id.
     */
    private static String regionId(FranceGeography.Region region) {
        String slug = BundleGenerator.slug(region.name());
        boolean named = region.departements().stream().anyMatch(d -> BundleGenerator.slug(d.name()).equals(slug));
        return named ? "region-" + slug : slug;
    }

    private static DepartementSpec franceDepartement(FranceGeography.Departement d, double franceAged) {
        List<Place> places = d.communes().stream().map(c -> new Place(BundleGenerator.slug(c.name()) + "-"
                + c.code().toLowerCase(Locale.ROOT), c.name(), c.population(),
                Math.round(c.population() * FRANCE_SHARE_75_PLUS), c.code())).toList();
        long population = d.population();
        long population75 = places.stream().mapToLong(Place::population75Plus).sum();
        double share = population75 / franceAged;
        Setting setting = !d.communes().isEmpty() && d.communes().get(0).population() >= 50_000 ? Setting.URBAN
                : Setting.RURAL;
        TerritorySpec territory = new TerritorySpec("dac-" + d.code().toLowerCase(Locale.ROOT), d.name(), setting,
                List.of(), places, population, population75,
                (int) Math.round(population75 * FRANCE_STRUCTURES_PER_1000_AGED_75_PLUS / 1000),
                (int) Math.round(FRANCE_PERSONS * share), (int) Math.round(FRANCE_REFERRALS_PER_YEAR * share));
        return new DepartementSpec(new Area(BundleGenerator.slug(d.name()), d.name(), population, population75,
                d.code()), List.of(territory));
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
