package fr.maillage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.analysis.overlaps.OverlapKind;
import fr.maillage.coordination.Caseloads;
import fr.maillage.vocabulary.Coded;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.StructureType;

/**
 * The catalogue of indicators (indicateurs) every compare row, change and report carries,
 * in display order. Codes come from the vocabularies so every row has the same columns.
 */
public final class Indicators {

    /** The reference caseload of a case manager (file active de référence). */
    public static final int CASELOAD_REFERENCE = Caseloads.REFERENCE;

    public static final String STRUCTURES = "structures";
    public static final String REFERRALS = "referrals";
    public static final String REFERRALS_ANSWERED = "referrals.answered";
    public static final String ORPHANS = "orphans";
    public static final String UNCOVERED = "uncoveredNeeds";
    public static final String OVERLAP_PERSONS = "overlaps.persons";
    public static final String OVERLAP_PAIRS = "overlaps.structurePairs";
    public static final String CASE_SITUATIONS = "caseManagement.situations";
    public static final String CAPACITY_STRUCTURES = "capacity.structures";
    public static final String CAPACITY_SATURATED = "capacity.saturated";
    public static final String CAPACITY_SATURATED_SHARE = "capacity.saturatedShare";
    public static final String CAPACITY_MISSING = "capacity.missingPlaces";
    public static final String GUICHET_RECEIVED = "guichet.received";
    public static final String GUICHET_ANSWERED = "guichet.answered";
    public static final String FUNDING_TOTAL = "funding.total";
    public static final String FUNDING_LAST_YEAR = "funding.lastYear";

    static final String G_STRUCTURES = "Structures de l'écologie";
    static final String G_REFERRALS = "Orientations";
    static final String G_ORPHANS = "Situations orphelines";
    static final String G_UNCOVERED = "Besoins non couverts";
    static final String G_OVERLAPS = "Chevauchements";
    static final String G_NETWORK = "Méta-réseau";
    static final String G_CASES = "Gestion de cas";
    static final String G_CAPACITY = "Capacités et demande";
    static final String G_GUICHET = "Guichet intégré";
    static final String G_FUNDING = "Compte consolidé de la coordination";

    /** The key figures (chiffres clés), in the order of the catalogue. */
    static final java.util.Set<String> KEY_FIGURES = java.util.Set.of(
            STRUCTURES, "network.ties", "network.density", "network.degreeCentralization",
            "network.crossSectorShare", "network.articulationPoints", "network.components",
            REFERRALS, "referrals.acceptanceRate", "referrals.refusalRate", "referrals.redirectionRate",
            "referrals.medianResponseDays", ORPHANS, UNCOVERED, OVERLAP_PERSONS, OVERLAP_PAIRS,
            "caseManagement.caseManagers", CASE_SITUATIONS, "caseManagement.meanCaseload",
            "caseManagement.overReference", "caseManagement.complexWithoutCaseManager");

    public static final List<Indicator> ALL = all().stream()
            .map(i -> KEY_FIGURES.contains(i.key()) ? i.asKeyFigure() : i).toList();

    private static final Map<String, Indicator> BY_KEY = byKey();

    private Indicators() {
    }

    public static Indicator get(String key) {
        Indicator indicator = BY_KEY.get(key);
        if (indicator == null) {
            throw new IllegalArgumentException("Indicateur inconnu : " + key);
        }
        return indicator;
    }

    public static String sector(String code) {
        return "structures.sector." + code;
    }

    public static String type(String code) {
        return "structures.type." + code;
    }

    public static String status(String code) {
        return "referrals.status." + code;
    }

    public static String lastYearPurpose(String code) {
        return "funding.lastYear.purpose." + code;
    }

    public static String orphanReason(String code) {
        return "orphans.reason." + code;
    }

    public static String uncoveredDomain(String code) {
        return "uncoveredNeeds.domain." + code;
    }

    public static String overlapKind(String code) {
        return "overlaps.persons." + code;
    }

    private static List<Indicator> all() {
        List<Indicator> all = new ArrayList<>();
        all.add(Indicator.count(STRUCTURES, G_STRUCTURES, "Structures"));
        each(all, Sector.values(), c -> Indicator.count(sector(c.code()), G_STRUCTURES, "Secteur " + c.label().toLowerCase()));
        each(all, StructureType.values(), c -> Indicator.count(type(c.code()), G_STRUCTURES, c.label()));

        all.add(Indicator.persons(REFERRALS, G_REFERRALS, "Orientations"));
        each(all, ReferralStatus.values(), c -> Indicator.persons(status(c.code()), G_REFERRALS, "Statut : " + c.label().toLowerCase()));
        all.add(Indicator.share("referrals.acceptanceRate", G_REFERRALS, "Taux d'acceptation", status("acceptee"), REFERRALS));
        all.add(Indicator.share("referrals.refusalRate", G_REFERRALS, "Taux de refus", status("refusee"), REFERRALS));
        all.add(Indicator.share("referrals.redirectionRate", G_REFERRALS, "Taux de réorientation", status("reorientee"), REFERRALS));
        all.add(Indicator.persons(REFERRALS_ANSWERED, G_REFERRALS, "Orientations avec réponse").withoutRate());
        all.add(Indicator.average("referrals.medianResponseDays", G_REFERRALS, "Délai médian de réponse (jours)", REFERRALS_ANSWERED));

        all.add(Indicator.persons(ORPHANS, G_ORPHANS, "Situations orphelines"));
        each(all, OrphanReason.values(), c -> Indicator.persons(orphanReason(c.code()), G_ORPHANS, c.label()));

        all.add(Indicator.persons(UNCOVERED, G_UNCOVERED, "Personnes avec un besoin non couvert"));
        each(all, Domain.values(), c -> Indicator.persons(uncoveredDomain(c.code()), G_UNCOVERED, c.label()));

        all.add(Indicator.persons(OVERLAP_PERSONS, G_OVERLAPS, "Personnes en chevauchement"));
        each(all, OverlapKind.values(), c -> Indicator.persons(overlapKind(c.code()), G_OVERLAPS, c.label()));
        all.add(Indicator.count(OVERLAP_PAIRS, G_OVERLAPS, "Paires de structures aux offres communes").withoutRate());

        all.add(Indicator.metric("network.structures", G_NETWORK, "Structures du méta-réseau"));
        all.add(Indicator.metric("network.ties", G_NETWORK, "Liens"));
        all.add(Indicator.metric("network.density", G_NETWORK, "Densité"));
        all.add(Indicator.metric("network.degreeCentralization", G_NETWORK, "Centralisation des degrés (Freeman)"));
        all.add(Indicator.metric("network.crossSectorShare", G_NETWORK, "Part des liens intersectoriels"));
        all.add(Indicator.metric("network.articulationPoints", G_NETWORK, "Points d'articulation"));
        all.add(Indicator.metric("network.components", G_NETWORK, "Composantes"));

        all.add(Indicator.count("caseManagement.caseManagers", G_CASES, "Gestionnaires de cas"));
        all.add(Indicator.persons(CASE_SITUATIONS, G_CASES, "Situations en gestion de cas"));
        all.add(Indicator.average("caseManagement.meanCaseload", G_CASES, "File active moyenne", CASE_SITUATIONS));
        all.add(Indicator.average("caseManagement.meanCaseloadVsReference", G_CASES,
                "File active moyenne / référence de " + CASELOAD_REFERENCE, CASE_SITUATIONS));
        all.add(Indicator.persons("caseManagement.maxCaseload", G_CASES, "File active maximale").withoutRate());
        all.add(Indicator.count("caseManagement.overReference", G_CASES,
                "Gestionnaires au-delà de " + CASELOAD_REFERENCE + " situations").withoutRate());
        all.add(Indicator.persons("caseManagement.complexWithoutCaseManager", G_CASES,
                "Situations complexes sans gestionnaire de cas"));

        all.add(Indicator.count(CAPACITY_STRUCTURES, G_CAPACITY, "Structures à capacité déclarée").withoutRate());
        all.add(Indicator.count(CAPACITY_SATURATED, G_CAPACITY, "Structures saturées").withoutRate());
        all.add(Indicator.share(CAPACITY_SATURATED_SHARE, G_CAPACITY, "Part des structures saturées",
                CAPACITY_SATURATED, CAPACITY_STRUCTURES));
        all.add(Indicator.persons(CAPACITY_MISSING, G_CAPACITY, "Places manquantes"));
        // v1.2, from /caseloads: every professional with an active case management, whatever their role.
        all.add(Indicator.count("caseManagement.professionals", G_CASES,
                "Professionnels ayant une gestion de cas active (toute fonction)"));
        all.add(Indicator.persons("caseManagement.activeCases", G_CASES, "Gestions de cas actives (toute fonction)"));
        all.add(Indicator.persons("caseManagement.complexCases", G_CASES, "Dont situations complexes"));
        all.add(Indicator.persons("caseManagement.extremeCases", G_CASES, "Dont situations extrêmes"));

        // v1.2, from /guichet: the referrals about the territory's persons its ecology received.
        all.add(Indicator.persons(GUICHET_RECEIVED, G_GUICHET, "Orientations reçues"));
        all.add(Indicator.persons(GUICHET_ANSWERED, G_GUICHET, "Orientations reçues avec réponse").withoutRate());
        all.add(Indicator.average("guichet.medianResponseDays", G_GUICHET, "Délai médian de réponse (jours)",
                GUICHET_ANSWERED));
        all.add(Indicator.persons("guichet.refused", G_GUICHET, "Refusées"));
        all.add(Indicator.persons("guichet.redirected", G_GUICHET, "Réorientées"));
        all.add(Indicator.persons("guichet.withoutResponse", G_GUICHET, "Sans réponse"));
        all.add(Indicator.persons("guichet.outsideRemit", G_GUICHET, "Hors du champ de la structure destinataire"));
        all.add(Indicator.share("guichet.outsideRemitRate", G_GUICHET, "Part hors champ", "guichet.outsideRemit",
                GUICHET_RECEIVED));
        all.add(Indicator.persons("guichet.late", G_GUICHET, "Tardives (après une rupture, sans intervention active)"));
        all.add(Indicator.share("guichet.lateRate", G_GUICHET, "Part tardive", "guichet.late", GUICHET_RECEIVED));

        // v1.2, from /funding: the fundings of the ecology's structures over the window's calendar years.
        all.add(Indicator.amount(FUNDING_TOTAL, G_FUNDING, "Financements de la coordination, années de la période (€)"));
        all.add(Indicator.amount(FUNDING_LAST_YEAR, G_FUNDING, "Financements de la coordination, dernière année (€)"));
        each(all, FundingPurpose.values(), c -> Indicator.amount(lastYearPurpose(c.code()), G_FUNDING,
                "Dernière année, objet : " + c.label().toLowerCase() + " (€)"));
        return List.copyOf(all);
    }

    private static <E extends Coded> void each(List<Indicator> all, E[] codes, Function<E, Indicator> indicator) {
        for (E code : codes) {
            all.add(indicator.apply(code));
        }
    }

    /** The indicators of one group, in catalogue order. */
    static List<Indicator> group(String group) {
        return ALL.stream().filter(i -> i.group().equals(group)).toList();
    }

    public static List<Indicator> keyFigures() {
        return ALL.stream().filter(Indicator::keyFigure).toList();
    }

    private static Map<String, Indicator> byKey() {
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        ALL.forEach(i -> byKey.put(i.key(), i));
        return byKey;
    }
}
