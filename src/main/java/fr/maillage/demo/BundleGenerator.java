package fr.maillage.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import fr.maillage.demo.BundleSpec.Area;
import fr.maillage.demo.BundleSpec.DepartementSpec;
import fr.maillage.demo.BundleSpec.RegionSpec;
import fr.maillage.demo.BundleSpec.Setting;
import fr.maillage.demo.BundleSpec.TerritorySpec;
import fr.maillage.demo.Site.Staff;
import fr.maillage.demo.StructureCatalog.Density;
import fr.maillage.demo.StructureCatalog.Profile;
import fr.maillage.demo.StructureCatalog.Reach;
import fr.maillage.vocabulary.PartnershipKind;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.TerritoryKind;

/**
 * Seeded generator of contract bundles (générateur de données de démonstration): the demo's
 * urban and rural territories, or a synthetic country for benchmarks. Same spec, same bytes:
 * every draw comes from one {@link SplittableRandom} seeded by the spec, taken in a fixed order.
 *
 * <p>It writes territories, structures and their staff, declared partnerships, then, person by
 * person, a story (orientations, interventions, évaluations) drawn from the field's patterns:
 * ruptures, refusals bouncing a situation around (ping-pong), unanswered referrals, waiting
 * lists for case managers, concurrent assessments, hospital discharges, entry into EHPAD, death;
 * last, the meetings of the tables and the fundings of coordination ({@link CoordinationWork}).
 */
public final class BundleGenerator {

    private final BundleSpec spec;
    private final SplittableRandom random;
    private final CsvBundleWriter out;
    private final Set<String> partnershipKeys = new LinkedHashSet<>();

    private BundleGenerator(BundleSpec spec, CsvBundleWriter out) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.out = out;
    }

    /** Writes the bundle of {@code spec} into {@code folder} (created if needed). */
    public static GeneratedBundle generate(BundleSpec spec, Path folder) throws IOException {
        try (CsvBundleWriter out = new CsvBundleWriter(folder)) {
            new BundleGenerator(spec, out).run();
            out.close();
            return new GeneratedBundle(folder, out.rows());
        }
    }

    private void run() {
        LocalDate ref = spec.referenceDate();
        List<TerritoryWorld> worlds = new ArrayList<>();
        for (RegionSpec regionSpec : spec.regions()) {
            Area region = regionSpec.area();
            territory(region, TerritoryKind.REGION, null);
            Site ars = site(region.id() + "-ars", "ARS " + region.name(), StructureCatalog.of(StructureType.AUTRE),
                    List.of(region.id()));
            ars.sector = Sector.SANITAIRE;
            ars.opened = LocalDate.of(2010, 4, 1);
            regionalAndDepartemental.add(ars);
            for (DepartementSpec departement : regionSpec.departements()) {
                worlds.addAll(departementWorlds(departement, region, ars, ref));
            }
        }
        regionalAndDepartemental.forEach(this::writeStructure);
        for (TerritoryWorld world : worlds) {
            world.sites().forEach(this::writeStructure);
        }
        for (TerritoryWorld world : worlds) {
            partnerships(world);
        }
        for (TerritoryWorld world : worlds) {
            new PersonStories(world, spec, random.split(), out).run();
        }
        for (TerritoryWorld world : worlds) {
            new CoordinationWork(world, spec, random.split(), out).run();
        }
    }

    /** Each région's ARS, then the structures each of its départements shares, in the order drawn. */
    private final List<Site> regionalAndDepartemental = new ArrayList<>();

    /** The territories of a département; the rural ones send acute stays to the town's hospital. */
    private List<TerritoryWorld> departementWorlds(DepartementSpec departement, Area region, Site ars, LocalDate ref) {
        Area area = departement.area();
        territory(area, TerritoryKind.DEPARTEMENT, region.id());
        DepartementSites shared = departementSites(area, ars);
        List<TerritoryWorld> here = new ArrayList<>();
        for (TerritorySpec territory : departement.territories()) {
            here.add(territoryWorld(territory, area, shared, ref));
        }
        TerritoryWorld city = here.stream().filter(w -> w.spec().setting() == Setting.URBAN).findFirst()
                .orElse(null);
        for (TerritoryWorld world : here) {
            if (city != null && world.spec().setting() == Setting.RURAL) {
                world.recourse(first(city.byType(), StructureType.HOPITAL),
                        first(city.byType(), StructureType.SERVICE_SOCIAL_HOSPITALIER));
            }
        }
        return here;
    }

    private void territory(Area area, TerritoryKind kind, String parentId) {
        out.row("territories.csv", area.id(), area.name(), kind, parentId, area.population(), area.population75Plus(),
                area.inseeCode());
    }

    /** The structures a whole département shares: APA team, MDPH, mandataires, caisses, the Conseil départemental. */
    record DepartementSites(Area area, Site ars, Site conseil, List<Site> sites) {
    }

    private DepartementSites departementSites(Area area, Site ars) {
        List<Site> sites = new ArrayList<>();
        Site conseil = null;
        for (Profile profile : StructureCatalog.PROFILES.values()) {
            if (profile.reach() != Reach.DEPARTEMENT) {
                continue;
            }
            for (int i = 0; i < profile.urban(); i++) {
                String name = profile.names().get(i % profile.names().size());
                Site site = site(area.id() + "-" + code(profile.type()) + (profile.urban() > 1 ? "-" + (i + 1) : ""),
                        name + " — " + area.name(), profile, List.of(area.id()));
                site.opened = LocalDate.of(1990 + random.nextInt(25), 1 + random.nextInt(12), 1);
                if (profile.type() == StructureType.AUTRE) {
                    conseil = site;
                }
                sites.add(site);
            }
        }
        for (Site site : sites) {
            staff(site, spec.referenceDate());
            if (site.type() == StructureType.EQUIPE_APA || site.type() == StructureType.MDPH) {
                site.porteur = conseil;
            }
        }
        regionalAndDepartemental.addAll(sites);
        return new DepartementSites(area, ars, conseil, sites);
    }

    private TerritoryWorld territoryWorld(TerritorySpec spec, Area departement, DepartementSites shared,
                                          LocalDate ref) {
        boolean urban = spec.setting() == Setting.URBAN;
        out.row("territories.csv", spec.id(), spec.name(), TerritoryKind.TERRITOIRE, departement.id(),
                spec.population(), spec.population75Plus(), null);
        List<TerritoryWorld.Leaf> leaves = new ArrayList<>();
        for (BundleSpec.Place place : spec.places()) {
            out.row("territories.csv", place.id(), place.name(), TerritoryKind.COMMUNE, spec.id(), place.population(),
                    place.population75Plus(), place.inseeCode());
            leaves.add(new TerritoryWorld.Leaf(place.id(), place.name(), Math.max(1, place.population75Plus())));
        }
        if (spec.places().isEmpty()) {
            drawSubdivisions(spec, leaves);
        }

        List<Site> sites = new ArrayList<>();
        Map<StructureType, List<Site>> byType = new LinkedHashMap<>();
        // On real geography the offer follows the published densities; a synthetic territory keeps its sizes.
        boolean real = !spec.places().isEmpty();
        double scale = scale(spec, real);
        for (Profile profile : StructureCatalog.PROFILES.values()) {
            if (profile.reach() == Reach.DEPARTEMENT || profile.reach() == Reach.REGION) {
                continue;
            }
            int base = urban ? profile.urban() : profile.rural();
            Density density = real ? StructureCatalog.DENSITIES.get(profile.type()) : null;
            int count = density != null ? density.structures(profile, spec.population75Plus())
                    : base >= 2 ? Math.max(1, (int) Math.round(base * scale)) : base;
            for (int i = 0; i < count; i++) {
                List<String> covered = coverage(profile, i, count, leaves, spec.id());
                List<String> coverage = covered;
                String place = covered.size() == 1 && !covered.get(0).equals(spec.id())
                        ? leaves.stream().filter(l -> l.id().equals(covered.get(0))).findFirst().orElseThrow().name()
                        : spec.name();
                String name = name(profile, i, place);
                boolean flagship = i == 0 && (profile.type() == StructureType.HOPITAL
                        || profile.type() == StructureType.SERVICE_SOCIAL_HOSPITALIER);
                // Hospitals are named after the territory's seat: its largest commune, or its own name.
                String seat = real ? leaves.get(0).name() : spec.name();
                if (flagship && urban) {
                    // The centre hospitalier serves its own territory; rural persons come for acute care (recours).
                    name = (profile.type() == StructureType.HOPITAL ? "Centre hospitalier de "
                            : "Service social du centre hospitalier de ") + seat;
                } else if (flagship) {
                    name = "Hôpital de proximité de " + seat;
                }
                Site site = site(spec.id() + "-" + code(profile.type()) + (count > 1 ? "-" + (i + 1) : ""),
                        name, profile, coverage);
                site.opened = random.nextDouble() < 0.25 ? null
                        : ref.minusDays(3 * 365 + random.nextInt(25 * 365)).withDayOfMonth(1);
                byType.computeIfAbsent(profile.type(), t -> new ArrayList<>()).add(site);
                sites.add(site);
            }
        }
        if (real) {
            densePlaces(byType, spec.population75Plus());
        }
        List<Site> hospitals = byType.getOrDefault(StructureType.HOPITAL, List.of());
        lifeCycles(spec, byType, ref, urban);
        sectors(byType, StructureType.SSIAD, leaves, spec, ref);
        sectors(byType, StructureType.SAAD, leaves, spec, ref);
        porteurs(byType, shared, hospitals);
        int caseManagers = Math.max(2, (int) Math.round(spec.persons() * (urban ? 0.0028 : 0.0015)));
        for (Site site : sites) {
            staff(site, ref);
        }
        TerritoryWorld world = new TerritoryWorld(spec, leaves, sites, byType, shared, caseManagers);
        world.addCaseManagers(random, ref);
        return world;
    }

    /**
     * Home-care services (SSIAD with the SPASAD, SAAD) share the territory's places in proportion
     * to their capacity: laid end to end on the line of the places' people aged 75+ (largest place
     * first), each covers the places its stretch meets and takes, of each, the share of its persons
     * the stretch covers, so that every service's expected clients are its share of the places.
     * A big town is covered by several services, villages by one. A service closing before the
     * reference date served the whole territory, taking its share everywhere while it lasted.
     */
    private static void sectors(Map<StructureType, List<Site>> byType, StructureType type,
                                List<TerritoryWorld.Leaf> leaves, TerritorySpec spec, LocalDate ref) {
        List<Site> group = new ArrayList<>(byType.getOrDefault(type, List.of()));
        if (type == StructureType.SSIAD) {
            group.addAll(byType.getOrDefault(StructureType.SPASAD, List.of()));
        }
        List<Site> lasting = group.stream().filter(site -> site.closed == null || !site.closed.isBefore(ref)).toList();
        double places = lasting.stream().mapToDouble(site -> site.capacity).sum();
        double people = leaves.stream().mapToDouble(TerritoryWorld.Leaf::population75Plus).sum();
        double from = 0;
        for (Site site : lasting) {
            double to = from + site.capacity / places;
            double leafFrom = 0;
            List<String> covered = new ArrayList<>();
            for (TerritoryWorld.Leaf leaf : leaves) {
                double leafTo = leafFrom + leaf.population75Plus() / people;
                double overlap = Math.min(to, leafTo) - Math.max(from, leafFrom);
                if (overlap > 1e-9) {
                    covered.add(leaf.id());
                    site.shares.put(leaf.id(), overlap / (leafTo - leafFrom));
                }
                leafFrom = leafTo;
            }
            site.territoryIds = covered;
            List<Site> ofType = byType.get(site.type());
            String place = covered.size() == 1
                    ? leaves.stream().filter(l -> l.id().equals(covered.get(0))).findFirst().orElseThrow().name()
                    : spec.name();
            site.name = name(site.profile, ofType.indexOf(site), place);
            from = to;
        }
        for (Site site : group) {
            if (!lasting.contains(site)) {
                site.territoryIds = List.of(spec.id());
                site.name = name(site.profile, byType.get(site.type()).indexOf(site), spec.name());
                leaves.forEach(leaf -> site.shares.put(leaf.id(), site.capacity / places));
            }
        }
    }

    /** A synthetic territory's quartiers or communes, their populations drawn around equal shares. */
    private void drawSubdivisions(TerritorySpec spec, List<TerritoryWorld.Leaf> leaves) {
        TerritoryKind leafKind = spec.setting() == Setting.URBAN ? TerritoryKind.QUARTIER : TerritoryKind.COMMUNE;
        double[] weights = new double[spec.subdivisions().size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        long populationLeft = spec.population();
        long population75Left = spec.population75Plus();
        for (int i = 0; i < weights.length; i++) {
            String name = spec.subdivisions().get(i);
            boolean last = i == weights.length - 1;
            long population = last ? populationLeft : Math.round(spec.population() * weights[i] / sum);
            // The old live more in some places than in others: the 75+ share varies by ±20 %.
            // Never more than is left: the draws above their share could leave the last place below zero.
            long population75 = last ? population75Left
                    : Math.min(Math.min(population, population75Left), Math.round(population * spec.population75Plus()
                    / (double) spec.population() * (0.8 + 0.4 * random.nextDouble())));
            populationLeft -= population;
            population75Left -= population75;
            String id = spec.id() + "-" + slug(name);
            out.row("territories.csv", id, name, leafKind, spec.id(), population, population75, null);
            leaves.add(new TerritoryWorld.Leaf(id, name, Math.max(1, population75)));
        }
    }

    /**
     * Structures live and die: the urban MAIA (2012) was absorbed into the DAC when DAC replaced
     * the coordination bodies (July 2022, CNSA), and the CLIC and the réseau de santé later; the rural DAC antenna opened six months later; a
     * rural home-help service closed (its clients' help stops: ruptures); a rural maison de santé
     * and a new EHPAD in town opened recently. A reference date before 2024 keeps the same story
     * nearer to it, so no structure opens after it.
     */
    private void lifeCycles(TerritorySpec territory, Map<StructureType, List<Site>> byType, LocalDate ref,
                            boolean urban) {
        Site dac = first(byType, StructureType.DAC);
        Site maia = first(byType, StructureType.MAIA);
        LocalDate absorbed = min(DAC_DEADLINE, ref.minusDays(640));
        if (urban) {
            dac.opened = absorbed;
            if (maia != null) {
                maia.opened = min(LocalDate.of(2012, 9, 1), absorbed.minusYears(3));
                maia.closed = absorbed.minusDays(1);
                maia.absorbedInto = dac;
            }
            // Thirteen months ago the DAC took over the CLIC and the réseau de santé, late as many
            // did: inside the history, so their partners' exchanges show before and after.
            LocalDate merger = ref.minusMonths(13).withDayOfMonth(1);
            for (StructureType type : List.of(StructureType.CLIC, StructureType.RESEAU_SANTE)) {
                Site taken = first(byType, type);
                if (taken != null && dac.opened.isBefore(merger)) {
                    taken.closed = merger;
                    taken.absorbedInto = dac;
                }
            }
            List<Site> ehpads = byType.getOrDefault(StructureType.EHPAD, List.of());
            if (ehpads.size() > 2) {
                ehpads.get(ehpads.size() - 1).opened = ref.minusDays(200);
            }
        } else {
            dac.opened = min(absorbed.plusMonths(6), ref.minusDays(150));
            List<Site> saads = byType.getOrDefault(StructureType.SAAD, List.of());
            if (saads.size() > 1) {
                saads.get(1).closed = ref.minusDays(160);
            }
            List<Site> msps = byType.getOrDefault(StructureType.MSP, List.of());
            if (msps.size() > 1) {
                msps.get(msps.size() - 1).opened = ref.minusDays(80);
            }
        }
        dac.sector = fr.maillage.vocabulary.Sector.MEDICO_SOCIAL;
    }

    /** The date DAC replaced MAIA, PTA and réseaux de santé everywhere (loi OTSS of 2019, three years on). */
    private static final LocalDate DAC_DEADLINE = LocalDate.of(2022, 7, 1);

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void porteurs(Map<StructureType, List<Site>> byType, DepartementSites shared, List<Site> hospitals) {
        Site reseau = first(byType, StructureType.RESEAU_SANTE);
        Site dac = first(byType, StructureType.DAC);
        // Réseaux de santé often carried the DAC; elsewhere, or once the DAC absorbed it, the local hospital does.
        dac.porteur = reseau != null && reseau.absorbedInto == null ? reseau : hospitals.isEmpty() ? null : hospitals.get(0);
        Site maia = first(byType, StructureType.MAIA);
        if (maia != null) {
            maia.porteur = shared.conseil();
        }
        for (Site clic : byType.getOrDefault(StructureType.CLIC, List.of())) {
            clic.porteur = first(byType, StructureType.CCAS);
        }
        List<Site> social = byType.getOrDefault(StructureType.SERVICE_SOCIAL_HOSPITALIER, List.of());
        for (int i = 0; i < social.size() && i < hospitals.size(); i++) {
            social.get(i).porteur = hospitals.get(i);
        }
        List<Site> memory = byType.getOrDefault(StructureType.CONSULTATION_MEMOIRE, List.of());
        for (int i = 0; i < memory.size() && !hospitals.isEmpty(); i++) {
            memory.get(i).porteur = hospitals.get(i % hospitals.size());
        }
        for (StructureType type : List.of(StructureType.EMG, StructureType.HAD)) {
            Site site = first(byType, type);
            if (site != null && !hospitals.isEmpty()) {
                site.porteur = hospitals.get(0);
            }
        }
    }

    static Site first(Map<StructureType, List<Site>> byType, StructureType type) {
        List<Site> sites = byType.get(type);
        return sites == null || sites.isEmpty() ? null : sites.get(0);
    }

    /**
     * The places of the types counted in places per 1,000 people aged 75+ (EHPAD, SSIAD with the
     * SPASAD, accueil de jour) add up to the published density: each structure's drawn capacity
     * is scaled to its share of the total.
     */
    private static void densePlaces(Map<StructureType, List<Site>> byType, long population75Plus) {
        for (Map.Entry<StructureType, Density> entry : StructureCatalog.DENSITIES.entrySet()) {
            if (!entry.getValue().places()) {
                continue;
            }
            List<Site> group = new ArrayList<>(byType.getOrDefault(entry.getKey(), List.of()));
            if (entry.getKey() == StructureType.SSIAD) {
                group.addAll(byType.getOrDefault(StructureType.SPASAD, List.of()));
            }
            long total = Math.round(population75Plus * entry.getValue().per1000Aged75Plus() / 1000);
            long drawn = group.stream().mapToLong(site -> site.capacity).sum();
            long left = total;
            for (int i = 0; i < group.size(); i++) {
                Site site = group.get(i);
                int places = i == group.size() - 1 ? (int) left : (int) Math.round(total * site.capacity / (double) drawn);
                site.capacity = Math.max(1, places);
                left -= site.capacity;
            }
        }
    }

    /** Scales the types that come in numbers so the territory has about {@code structures} structures. */
    private static double scale(TerritorySpec spec, boolean real) {
        boolean urban = spec.setting() == Setting.URBAN;
        int fixed = 0;
        int scalable = 0;
        for (Profile profile : StructureCatalog.PROFILES.values()) {
            if (profile.reach() == Reach.DEPARTEMENT || profile.reach() == Reach.REGION) {
                continue;
            }
            int base = urban ? profile.urban() : profile.rural();
            Density density = real ? StructureCatalog.DENSITIES.get(profile.type()) : null;
            if (density != null) {
                fixed += density.structures(profile, spec.population75Plus());
            } else if (base >= 2) {
                scalable += base;
            } else {
                fixed += base;
            }
        }
        return Math.max(0.05, (spec.structures() - fixed) / (double) scalable);
    }

    private static List<String> coverage(Profile profile, int index, int count, List<TerritoryWorld.Leaf> leaves,
                                         String territoryId) {
        int n = leaves.size();
        switch (profile.reach()) {
            case SUBDIVISION: {
                if (count >= n) {
                    return List.of(leaves.get(index % n).id());
                }
                // Fewer practices than communes (leaves largest first): each in a bourg, taking the villages in turn.
                List<String> ids = new ArrayList<>();
                for (int k = index; k < n; k += count) {
                    ids.add(leaves.get(k).id());
                }
                return ids;
            }
            case SECTOR: {
                // Few of a type share the territory in halves; many each cover two or three neighbours.
                int size = count <= 2 ? Math.max(1, (n + 1) / 2) : 2 + index % 2;
                int start = count <= 2 ? (index * size) % n : index % n;
                List<String> ids = new ArrayList<>();
                for (int k = 0; k < Math.min(size, n); k++) {
                    ids.add(leaves.get((start + k) % n).id());
                }
                return ids;
            }
            default:
                return List.of(territoryId);
        }
    }

    private static String name(Profile profile, int index, String place) {
        List<String> names = profile.names();
        String base = names.get(index % names.size());
        int round = index / names.size();
        String prefix = switch (profile.type()) {
            case SAAD -> "SAAD ";
            case EHPAD -> "EHPAD ";
            case RESIDENCE_AUTONOMIE -> "Résidence autonomie ";
            default -> "";
        };
        String suffix = names.size() == 1 && index > 0 ? " n°" + (index + 1) : round > 0 ? " " + (round + 1) : "";
        return prefix + base + suffix + " — " + place;
    }

    private Site site(String id, String name, Profile profile, List<String> territoryIds) {
        Site site = new Site(id, name, profile, territoryIds);
        if (profile.maxCapacity() > 0) {
            site.capacity = profile.minCapacity() + random.nextInt(profile.maxCapacity() - profile.minCapacity() + 1);
        }
        return site;
    }

    /** The professionals of a structure: its profile's staff, a second doctor in some practices. */
    private void staff(Site site, LocalDate ref) {
        List<Role> roles = new ArrayList<>(site.profile.staff());
        if (site.type() == StructureType.MEDECIN_LIBERAL && random.nextDouble() < 0.4) {
            roles.add(Role.MEDECIN_TRAITANT);
        }
        for (Role role : roles) {
            LocalDate since = site.opened != null && site.opened.isAfter(ref.minusYears(3)) ? site.opened
                    : random.nextDouble() < 0.3 ? null : ref.minusDays(365 + random.nextInt(12 * 365));
            if (since != null && site.opened != null && since.isBefore(site.opened)) {
                since = site.opened;
            }
            site.staff.add(new Staff(site.id + "-pro" + (site.staff.size() + 1), role, site, null, since, site.closed));
        }
    }

    private void writeStructure(Site site) {
        Profile p = site.profile;
        out.row("structures.csv", site.id, site.name, p.type(), site.sector, site.territoryIds, p.domains(),
                p.complexity(), p.stages(), p.approach(), p.coordination(), p.minAge(), p.requiresApa(), site.capacity,
                site.opened, site.closed, site.porteur == null ? null : site.porteur.id,
                site.absorbedInto == null ? null : site.absorbedInto.id);
        for (Staff s : site.staff) {
            out.row("professionals.csv", s.id(), s.role(), site.id, s.origin(), s.since(), s.until());
        }
    }

    /**
     * Declared partnerships (liens déclarés): conventions around the DAC and the hospital, the
     * strategic and tactical tables, a few one-off declared ties. Rural territories declare few.
     */
    private void partnerships(TerritoryWorld world) {
        LocalDate ref = spec.referenceDate();
        Map<StructureType, List<Site>> byType = world.byType();
        Site dac = first(byType, StructureType.DAC);
        Site maia = first(byType, StructureType.MAIA);
        DepartementSites shared = world.shared();
        Site apa = shared.sites().stream().filter(s -> s.type() == StructureType.EQUIPE_APA).findFirst().orElse(null);
        List<Site> hospitals = byType.getOrDefault(StructureType.HOPITAL, List.of());
        boolean urban = world.spec().setting() == Setting.URBAN;

        for (Site coordination : maia == null ? List.of(dac) : List.of(maia, dac)) {
            LocalDate until = coordination.closed;
            LocalDate since = coordination.opened;
            for (Site member : world.strategicTable()) {
                partnership(coordination, member, PartnershipKind.TABLE_STRATEGIQUE, since, until, 3 + random.nextInt(2));
            }
            for (Site member : world.tacticalTable()) {
                partnership(coordination, member, PartnershipKind.TABLE_TACTIQUE, since, until, 2 + random.nextInt(3));
            }
            for (Site member : concat(hospitals, byType.getOrDefault(StructureType.CLIC, List.of()),
                    apa == null ? List.of() : List.of(apa), byType.getOrDefault(StructureType.RESEAU_SANTE, List.of()))) {
                partnership(coordination, member, PartnershipKind.CONVENTION, since, until, 4 + random.nextInt(2));
            }
        }
        Site had = first(byType, StructureType.HAD);
        for (Site ssiad : byType.getOrDefault(StructureType.SSIAD, List.of())) {
            if (had != null) {
                partnership(ssiad, had, PartnershipKind.CONVENTION, older(ref), null, 3 + random.nextInt(3));
            }
        }
        for (Site hospital : hospitals) {
            for (Site ehpad : limit(byType.getOrDefault(StructureType.EHPAD, List.of()), 3)) {
                partnership(hospital, ehpad, PartnershipKind.CONVENTION, older(ref), null, 3 + random.nextInt(3));
            }
        }
        Site cpts = first(byType, StructureType.CPTS);
        for (Site msp : byType.getOrDefault(StructureType.MSP, List.of())) {
            if (cpts != null) {
                partnership(cpts, msp, PartnershipKind.PARTENARIAT, msp.opened != null && msp.opened.isAfter(ref.minusYears(1))
                        ? msp.opened : older(ref), null, 2 + random.nextInt(3));
            }
        }
        for (Site clic : byType.getOrDefault(StructureType.CLIC, List.of())) {
            Site ccas = first(byType, StructureType.CCAS);
            if (ccas != null) {
                partnership(clic, ccas, PartnershipKind.PARTENARIAT, older(ref), null, 3 + random.nextInt(3));
            }
        }
        List<Site> sites = world.sites();
        int declared = Math.max(2, sites.size() / (urban ? 20 : 40));
        for (int i = 0; i < declared; i++) {
            Site a = sites.get(random.nextInt(sites.size()));
            Site b = sites.get(random.nextInt(sites.size()));
            if (a != b && a.openOn(ref) && b.openOn(ref)) {
                partnership(a, b, PartnershipKind.DECLARE, ref.minusDays(30 + random.nextInt(700)), null,
                        1 + random.nextInt(3));
            }
        }
    }

    private LocalDate older(LocalDate ref) {
        return ref.minusDays(400 + random.nextInt(3000));
    }

    private void partnership(Site a, Site b, PartnershipKind kind, LocalDate since, LocalDate until, int strength) {
        if (a == null || b == null || a == b) {
            return;
        }
        String key = (a.id.compareTo(b.id) <= 0 ? a.id + "|" + b.id : b.id + "|" + a.id) + "|" + kind.code();
        if (!partnershipKeys.contains(key)) {
            LocalDate start = since;
            if (start != null && b.opened != null && start.isBefore(b.opened)) {
                start = b.opened;
            }
            LocalDate end = until != null ? until : b.closed;
            if (start != null && end != null && end.isBefore(start)) {
                // The MAIA had closed before this member opened: they never sat together.
                return;
            }
            partnershipKeys.add(key);
            out.row("partnerships.csv", a.id, b.id, kind, start, end, strength);
        }
    }

    @SafeVarargs
    static List<Site> concat(List<Site>... lists) {
        List<Site> all = new ArrayList<>();
        for (List<Site> list : lists) {
            for (Site site : list) {
                if (site != null) {
                    all.add(site);
                }
            }
        }
        return all;
    }

    static List<Site> limit(List<Site> sites, int max) {
        return sites.subList(0, Math.min(max, sites.size()));
    }

    static String code(StructureType type) {
        // The only "autre" structure of a département is its Conseil départemental.
        return type == StructureType.AUTRE ? "cd" : type.code().replace('_', '-');
    }

    /** A lower-case ASCII id fragment of a French place name. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
