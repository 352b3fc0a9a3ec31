package fr.maillage.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.maillage.demo.BundleGenerator.DepartementSites;
import fr.maillage.demo.BundleSpec.TerritorySpec;
import fr.maillage.demo.Site.Staff;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.StructureType;

/**
 * One generated territory as its persons' stories see it: its quartiers or communes, its
 * structures, those serving each place, and the case managers (gestionnaires de cas).
 */
final class TerritoryWorld {

    /** A quartier or commune; persons live there in proportion to its people aged 75+. */
    record Leaf(String id, String name, long population75Plus) {
    }

    /** Case managers keep their first profession; cases are routed to the one it fits. */
    private static final List<Role> CASE_MANAGER_ORIGINS = List.of(Role.INFIRMIER, Role.TRAVAILLEUR_SOCIAL,
            Role.PSYCHOLOGUE, Role.INFIRMIER, Role.TRAVAILLEUR_SOCIAL, Role.ERGOTHERAPEUTE);

    private final TerritorySpec spec;
    private final List<Leaf> leaves;
    private final List<Site> sites;
    private final Map<StructureType, List<Site>> byType;
    private final DepartementSites shared;
    private final int caseManagerCount;
    private final Map<String, List<Site>> servingByLeaf = new LinkedHashMap<>();
    private final Map<String, List<Staff>> doctorsByLeaf = new LinkedHashMap<>();
    /** DAC case managers, and for each the MAIA case manager they took over from (same index), if any. */
    final List<Staff> caseManagers = new ArrayList<>();
    final List<Staff> maiaCaseManagers = new ArrayList<>();
    /** The most situations each case manager (same index) follows at once: 30 to 45, 12 to 21 part-time. */
    final List<Integer> caseCeilings = new ArrayList<>();

    TerritoryWorld(TerritorySpec spec, List<Leaf> leaves, List<Site> sites, Map<StructureType, List<Site>> byType,
                   DepartementSites shared, int caseManagerCount) {
        this.spec = spec;
        this.leaves = List.copyOf(leaves);
        this.sites = sites;
        this.byType = byType;
        this.shared = shared;
        this.caseManagerCount = caseManagerCount;
        List<Site> everyone = new ArrayList<>(sites);
        everyone.addAll(shared.sites());
        for (Leaf leaf : leaves) {
            List<Site> serving = new ArrayList<>();
            for (Site site : everyone) {
                if (site.territoryIds.contains(leaf.id()) || site.territoryIds.contains(spec.id())
                        || site.territoryIds.contains(shared.area().id())) {
                    serving.add(site);
                }
            }
            servingByLeaf.put(leaf.id(), serving);
        }
    }

    /** The DAC's case managers, each with their origin profession, and the MAIA's before them. */
    void addCaseManagers(SplittableRandom random, LocalDate ref) {
        Site dac = BundleGenerator.first(byType, StructureType.DAC);
        Site maia = BundleGenerator.first(byType, StructureType.MAIA);
        for (int i = 0; i < caseManagerCount; i++) {
            Role origin = CASE_MANAGER_ORIGINS.get((i + random.nextInt(2)) % CASE_MANAGER_ORIGINS.size());
            if (maia != null) {
                Staff before = new Staff(maia.id + "-gc" + (i + 1), Role.GESTIONNAIRE_DE_CAS, maia, origin,
                        maia.opened.plusDays(random.nextInt(700)), maia.closed);
                maia.staff.add(before);
                maiaCaseManagers.add(before);
            }
            // The rural DAC starts with one case manager and hires the others over its first months.
            LocalDate since = maia != null || i == 0 ? dac.opened : dac.opened.plusDays(30L * i);
            Staff after = new Staff(dac.id + "-gc" + (i + 1), Role.GESTIONNAIRE_DE_CAS, dac, origin,
                    since.isAfter(ref) ? ref : since, null);
            dac.staff.add(after);
            caseManagers.add(after);
            caseCeilings.add(random.nextDouble() < 0.25 ? 12 + random.nextInt(10) : 30 + random.nextInt(16));
        }
        dac.capacity = caseCeilings.stream().mapToInt(Integer::intValue).sum();
        if (maia != null) {
            maia.capacity = dac.capacity;
        }
    }

    /** The city's centre hospitalier and its social service, where a rural territory's acute stays go; or null. */
    private Site recourseHospital;
    private Site recourseSocialService;

    void recourse(Site hospital, Site socialService) {
        this.recourseHospital = hospital;
        this.recourseSocialService = socialService;
    }

    Site recourseHospital() {
        return recourseHospital;
    }

    Site recourseSocialService() {
        return recourseSocialService;
    }

    /**
     * How likely a person of the place is to turn to the structure, against the others of its
     * type: its share of the place's persons when it has a sector (see {@code BundleGenerator}),
     * else its capacity, else 1.
     */
    static double weight(Site site, Leaf leaf) {
        if (!site.shares.isEmpty()) {
            return site.shares.getOrDefault(leaf.id(), 0.0);
        }
        return site.capacity != null && site.capacity > 0 ? site.capacity : 1;
    }

    TerritorySpec spec() {
        return spec;
    }

    List<Leaf> leaves() {
        return leaves;
    }

    List<Site> sites() {
        return sites;
    }

    Map<StructureType, List<Site>> byType() {
        return byType;
    }

    DepartementSites shared() {
        return shared;
    }

    /** Structures serving the place (covering it, its territory or its département), in a fixed order. */
    List<Site> serving(Leaf leaf) {
        return servingByLeaf.get(leaf.id());
    }

    /** The médecins traitants practising for the place on the date (the same date on every call). */
    List<Staff> doctors(Leaf leaf, LocalDate date) {
        return doctorsByLeaf.computeIfAbsent(leaf.id(), id -> {
            List<Staff> doctors = new ArrayList<>();
            for (Site site : servingByLeaf.get(id)) {
                if (site.type() == StructureType.MEDECIN_LIBERAL || site.type() == StructureType.MSP) {
                    doctors.addAll(site.staffOn(date, Role.MEDECIN_TRAITANT));
                }
            }
            return doctors;
        });
    }

    /** Structures of a type serving the place. */
    List<Site> serving(Leaf leaf, StructureType type) {
        List<Site> found = new ArrayList<>();
        for (Site site : servingByLeaf.get(leaf.id())) {
            if (site.type() == type) {
                found.add(site);
            }
        }
        return found;
    }

    Site dac() {
        return BundleGenerator.first(byType, StructureType.DAC);
    }

    /**
     * Who sits at the table stratégique of the territory's coordination body (MAIA, then DAC): the
     * ARS, the Conseil départemental, the caisse de retraite, the first hospital and the CCAS.
     */
    List<Site> strategicTable() {
        Site caisse = shared.sites().stream().filter(s -> s.type() == StructureType.CAISSE_RETRAITE).findFirst()
                .orElse(null);
        List<Site> hospitals = byType.getOrDefault(StructureType.HOPITAL, List.of());
        return BundleGenerator.concat(List.of(shared.ars(), shared.conseil()), caisse == null ? List.of() : List.of(caisse),
                hospitals.isEmpty() ? List.of() : List.of(hospitals.get(0)),
                byType.getOrDefault(StructureType.CCAS, List.of()));
    }

    /**
     * Who sits at its table tactique: CLIC, SSIAD, a few SAAD and EHPAD (more in town), the
     * hospital's social service and the APA team.
     */
    List<Site> tacticalTable() {
        boolean urban = spec.setting() == BundleSpec.Setting.URBAN;
        return BundleGenerator.concat(byType.getOrDefault(StructureType.CLIC, List.of()),
                byType.getOrDefault(StructureType.SSIAD, List.of()),
                BundleGenerator.limit(byType.getOrDefault(StructureType.SAAD, List.of()), urban ? 4 : 1),
                byType.getOrDefault(StructureType.SERVICE_SOCIAL_HOSPITALIER, List.of()),
                BundleGenerator.limit(byType.getOrDefault(StructureType.EHPAD, List.of()), urban ? 3 : 1),
                shared.sites().stream().filter(s -> s.type() == StructureType.EQUIPE_APA).limit(1).toList());
    }

    Site maia() {
        return BundleGenerator.first(byType, StructureType.MAIA);
    }
}
