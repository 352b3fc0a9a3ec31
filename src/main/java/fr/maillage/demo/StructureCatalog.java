package fr.maillage.demo;

import static fr.maillage.vocabulary.Domain.ACCES_DROITS;
import static fr.maillage.vocabulary.Domain.AIDES_HUMAINES_TECHNIQUES;
import static fr.maillage.vocabulary.Domain.COGNITIF;
import static fr.maillage.vocabulary.Domain.FINANCIER;
import static fr.maillage.vocabulary.Domain.INSTITUTIONNALISATION;
import static fr.maillage.vocabulary.Domain.ISOLEMENT;
import static fr.maillage.vocabulary.Domain.LOGEMENT;
import static fr.maillage.vocabulary.Domain.MALTRAITANCE;
import static fr.maillage.vocabulary.Domain.MEDICAL;
import static fr.maillage.vocabulary.Domain.PERTE_AUTONOMIE;
import static fr.maillage.vocabulary.Domain.PSYCHIATRIQUE;
import static fr.maillage.vocabulary.Domain.PSYCHO_COMPORTEMENTAL;
import static fr.maillage.vocabulary.Domain.REFUS_AIDE;
import static fr.maillage.vocabulary.Domain.SOINS_PALLIATIFS;
import static fr.maillage.vocabulary.Domain.SOUTIEN_AIDANT;
import static fr.maillage.vocabulary.Domain.VIE_QUOTIDIENNE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.maillage.vocabulary.Approach;
import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.CoordinationMode;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.Stage;
import fr.maillage.vocabulary.StructureType;

/**
 * What each type of structure looks like in the field: sector, the domains, complexity levels
 * and stages it handles, how it works, who it takes, how many there are in an urban and a rural
 * territory, how far each one reaches and who works there.
 */
final class StructureCatalog {

    /** How far one structure of a type reaches. */
    enum Reach { SUBDIVISION, SECTOR, TERRITORY, DEPARTEMENT, REGION }

    /**
     * One type's profile. Empty {@code complexity} or {@code stages} mean all levels (contract).
     *
     * @param urban   how many in an urban territory of the base size (département- and region-wide: how many per area)
     * @param rural   how many in a rural territory
     * @param staff   one professional per entry
     * @param minCapacity the capacity drawn, in persons followed at once (places, clients), between the two
     *                    bounds; 0 for the types the stories do not follow at once at their real scale (an
     *                    acute hospital's beds, a CCAS's or a mandataire's yearly files, a HAD fed by the few
     *                    palliative discharges): they write no capacity, so the capacity view shows only
     *                    what the demo's persons really fill
     */
    record Profile(StructureType type, Sector sector, List<Domain> domains, List<Complexity> complexity,
                   List<Stage> stages, Approach approach, CoordinationMode coordination, Integer minAge,
                   Boolean requiresApa, int minCapacity, int maxCapacity, Reach reach, int urban, int rural,
                   List<Role> staff, List<String> names) {

        boolean scalable() {
            return urban >= 2;
        }
    }

    private static final List<Complexity> ALL = List.of();
    private static final List<Complexity> NOT_EXTREME = List.of(Complexity.STANDARD, Complexity.COMPLEXE);
    private static final List<Complexity> COMPLEX = List.of(Complexity.COMPLEXE, Complexity.EXTREME);
    private static final List<Stage> ALL_STAGES = List.of();
    private static final List<Stage> FOLLOW = List.of(Stage.ACCOMPAGNEMENT);

    static final Map<StructureType, Profile> PROFILES = profiles();

    /**
     * How many of a type a real territory has per 1,000 people aged 75+, as published for France
     * ({@code docs/demo-territory.md} names each source): places for EHPAD, SSIAD (with the
     * SPASAD) and accueil de jour, services for SAAD.
     */
    record Density(double per1000Aged75Plus, boolean places) {

        /** The number of structures: places over the type's mean capacity, or the services themselves. */
        int structures(Profile profile, long population75Plus) {
            double wanted = population75Plus * per1000Aged75Plus / 1000;
            double each = places ? (profile.minCapacity() + profile.maxCapacity()) / 2.0 : 1;
            return Math.max(1, (int) Math.round(wanted / each));
        }
    }

    static final Map<StructureType, Density> DENSITIES = densities();

    private static Map<StructureType, Density> densities() {
        Map<StructureType, Density> densities = new EnumMap<>(StructureType.class);
        // DREES, Panorama statistique 2020, places at 31.12.2019 per 1,000 aged 75+, France entière.
        densities.put(StructureType.SSIAD, new Density(19.9, true));
        // DREES Dossier n° 8 (2021): 6,732 SAAD helping older persons in 2015 for about 6 million aged 75+.
        densities.put(StructureType.SAAD, new Density(1.1, false));
        densities.put(StructureType.EHPAD, new Density(96.1, true));
        // DREES Panorama: places of accueil de jour in EHPAD and other homes (1.9) and in day centres (0.6).
        densities.put(StructureType.ACCUEIL_DE_JOUR, new Density(2.5, true));
        return densities;
    }

    private StructureCatalog() {
    }

    static Profile of(StructureType type) {
        return PROFILES.get(type);
    }

    private static Map<StructureType, Profile> profiles() {
        Map<StructureType, Profile> p = new EnumMap<>(StructureType.class);
        Sector san = Sector.SANITAIRE;
        Sector ms = Sector.MEDICO_SOCIAL;
        Sector soc = Sector.SOCIAL;
        Approach masse = Approach.MASSE;
        Approach mesure = Approach.SUR_MESURE;
        CoordinationMode mission = CoordinationMode.MISSION;
        CoordinationMode activite = CoordinationMode.ACTIVITE;
        CoordinationMode aucune = CoordinationMode.AUCUNE;
        List<Domain> coordinationDomains = List.of(MEDICAL, COGNITIF, PSYCHO_COMPORTEMENTAL, PERTE_AUTONOMIE,
                AIDES_HUMAINES_TECHNIQUES, INSTITUTIONNALISATION, SOUTIEN_AIDANT, REFUS_AIDE, ACCES_DROITS,
                LOGEMENT, FINANCIER, VIE_QUOTIDIENNE, MALTRAITANCE, ISOLEMENT);

        put(p, new Profile(StructureType.MAIA, ms, coordinationDomains, COMPLEX,
                List.of(Stage.EVALUATION, Stage.ACCOMPAGNEMENT), mesure, mission, 60, null, 0, 0, Reach.TERRITORY,
                1, 0, List.of(Role.PILOTE), List.of("MAIA")));
        put(p, new Profile(StructureType.DAC, ms, coordinationDomains, COMPLEX, ALL_STAGES, mesure, mission,
                null, null, 0, 0, Reach.TERRITORY, 1, 1, List.of(Role.PILOTE, Role.COORDINATEUR),
                List.of("DAC")));
        put(p, new Profile(StructureType.CLIC, soc, List.of(ACCES_DROITS, LOGEMENT, FINANCIER, VIE_QUOTIDIENNE,
                ISOLEMENT, PERTE_AUTONOMIE, AIDES_HUMAINES_TECHNIQUES, INSTITUTIONNALISATION, SOUTIEN_AIDANT),
                NOT_EXTREME, List.of(Stage.REPERAGE, Stage.EVALUATION), masse, activite, 60, null, 0, 0,
                Reach.SECTOR, 2, 1, List.of(Role.COORDINATEUR, Role.CONSEILLER_GERONTOLOGIE,
                Role.CONSEILLER_GERONTOLOGIE), List.of("CLIC")));
        put(p, new Profile(StructureType.RESEAU_SANTE, san, List.of(MEDICAL, COGNITIF, PSYCHO_COMPORTEMENTAL,
                PERTE_AUTONOMIE, SOINS_PALLIATIFS, SOUTIEN_AIDANT), COMPLEX,
                List.of(Stage.EVALUATION, Stage.ACCOMPAGNEMENT), mesure, mission, 75, null, 0, 0,
                Reach.TERRITORY, 1, 0, List.of(Role.GERIATRE, Role.INFIRMIER, Role.COORDINATEUR),
                List.of("Réseau gérontologique")));
        put(p, new Profile(StructureType.CCAS, soc, List.of(ACCES_DROITS, LOGEMENT, FINANCIER, VIE_QUOTIDIENNE,
                ISOLEMENT, MALTRAITANCE), NOT_EXTREME, ALL_STAGES, masse, activite, null, null, 0, 0,
                Reach.TERRITORY, 1, 1, List.of(Role.TRAVAILLEUR_SOCIAL, Role.TRAVAILLEUR_SOCIAL,
                Role.TRAVAILLEUR_SOCIAL, Role.CONSEILLER_GERONTOLOGIE), List.of("CCAS")));
        put(p, new Profile(StructureType.SSIAD, ms, List.of(MEDICAL, PERTE_AUTONOMIE, AIDES_HUMAINES_TECHNIQUES),
                NOT_EXTREME, FOLLOW, masse, aucune, 60, null, 40, 90, Reach.SECTOR, 4, 1,
                List.of(Role.INFIRMIER, Role.INFIRMIER), List.of("SSIAD Croix-Rouge", "SSIAD Mutualité",
                "SSIAD ADMR", "SSIAD du Centre hospitalier")));
        put(p, new Profile(StructureType.SAAD, ms, List.of(VIE_QUOTIDIENNE, AIDES_HUMAINES_TECHNIQUES,
                PERTE_AUTONOMIE, ISOLEMENT), NOT_EXTREME, FOLLOW, masse, aucune, null, null, 50, 200,
                Reach.SECTOR, 12, 3, List.of(Role.COORDINATEUR, Role.AIDE_A_DOMICILE, Role.AIDE_A_DOMICILE),
                List.of("ADMR", "Aide et Présence", "Domicile Services", "Les Mains Tendues", "Vivre Chez Soi",
                        "Âge d'Or Services", "Familles Rurales", "Présence Verte", "Un Temps pour Vous",
                        "Auxi'Life", "Bien à la Maison", "Les Jardins de l'Aide")));
        put(p, new Profile(StructureType.SPASAD, ms, List.of(MEDICAL, VIE_QUOTIDIENNE, AIDES_HUMAINES_TECHNIQUES,
                PERTE_AUTONOMIE), NOT_EXTREME, FOLLOW, masse, activite, 60, null, 80, 150, Reach.SECTOR, 1, 0,
                List.of(Role.INFIRMIER, Role.COORDINATEUR), List.of("SPASAD Mutualité")));
        put(p, new Profile(StructureType.EHPAD, ms, List.of(INSTITUTIONNALISATION, PERTE_AUTONOMIE, MEDICAL),
                ALL, FOLLOW, masse, aucune, 60, null, 60, 110, Reach.TERRITORY, 9, 2,
                List.of(Role.GERIATRE, Role.INFIRMIER), List.of("Les Tilleuls", "Les Glycines", "Le Parc",
                "Les Hortensias", "Sainte-Anne", "Les Jardins d'Automne", "La Roseraie", "Le Clos Fleuri",
                "Les Cèdres", "L'Oustal", "Les Magnolias", "Saint-Joseph")));
        put(p, new Profile(StructureType.RESIDENCE_AUTONOMIE, ms, List.of(LOGEMENT, ISOLEMENT, VIE_QUOTIDIENNE),
                List.of(Complexity.STANDARD), FOLLOW, masse, aucune, 60, null, 0, 0, Reach.SUBDIVISION, 4, 1,
                List.of(Role.AUTRE), List.of("Les Lilas", "Le Belvédère", "Les Acacias", "La Source")));
        // Acute care only: memory, psychiatric and palliative follow-up are the specialised services' remit.
        put(p, new Profile(StructureType.HOPITAL, san, List.of(MEDICAL),
                ALL, List.of(Stage.REPERAGE, Stage.EVALUATION), masse, aucune, null, null, 0, 0,
                Reach.TERRITORY, 2, 1, List.of(Role.GERIATRE, Role.GERIATRE),
                List.of("Centre hospitalier", "Clinique Saint-Roch")));
        put(p, new Profile(StructureType.SERVICE_SOCIAL_HOSPITALIER, soc, List.of(ACCES_DROITS, LOGEMENT,
                INSTITUTIONNALISATION, FINANCIER), ALL, List.of(Stage.REPERAGE, Stage.EVALUATION), masse, activite,
                null, null, 0, 0, Reach.TERRITORY, 2, 0, List.of(Role.TRAVAILLEUR_SOCIAL, Role.TRAVAILLEUR_SOCIAL),
                List.of("Service social")));
        put(p, new Profile(StructureType.EMG, san, List.of(MEDICAL, COGNITIF, PSYCHO_COMPORTEMENTAL,
                PERTE_AUTONOMIE), COMPLEX, List.of(Stage.EVALUATION), mesure, activite, 75, null, 0, 0,
                Reach.TERRITORY, 1, 0, List.of(Role.GERIATRE, Role.INFIRMIER), List.of("Équipe mobile gériatrique")));
        put(p, new Profile(StructureType.HAD, san, List.of(MEDICAL, SOINS_PALLIATIFS), ALL, FOLLOW, mesure,
                activite, null, null, 0, 0, Reach.TERRITORY, 1, 0, List.of(Role.INFIRMIER, Role.INFIRMIER),
                List.of("HAD")));
        put(p, new Profile(StructureType.CONSULTATION_MEMOIRE, san, List.of(COGNITIF, PSYCHO_COMPORTEMENTAL), ALL,
                List.of(Stage.EVALUATION), mesure, aucune, null, null, 0, 0, Reach.TERRITORY, 2, 0,
                List.of(Role.GERIATRE, Role.PSYCHOLOGUE), List.of("Consultation mémoire")));
        put(p, new Profile(StructureType.CMP, san, List.of(PSYCHIATRIQUE, PSYCHO_COMPORTEMENTAL), ALL,
                List.of(Stage.EVALUATION, Stage.ACCOMPAGNEMENT), masse, activite, null, null, 0, 0, Reach.SECTOR,
                2, 0, List.of(Role.PSYCHOLOGUE, Role.INFIRMIER), List.of("CMP")));
        put(p, new Profile(StructureType.ACCUEIL_DE_JOUR, ms, List.of(COGNITIF, SOUTIEN_AIDANT, ISOLEMENT),
                NOT_EXTREME, FOLLOW, masse, aucune, 60, null, 12, 20, Reach.TERRITORY, 3, 0,
                List.of(Role.ERGOTHERAPEUTE), List.of("Accueil de jour Les Marronniers", "Accueil de jour Le Phare",
                "Accueil de jour L'Escale")));
        put(p, new Profile(StructureType.SAVS, soc, List.of(VIE_QUOTIDIENNE, ISOLEMENT, ACCES_DROITS), NOT_EXTREME,
                FOLLOW, mesure, activite, null, null, 0, 0, Reach.TERRITORY, 1, 0, List.of(Role.TRAVAILLEUR_SOCIAL),
                List.of("SAVS APF")));
        put(p, new Profile(StructureType.SAMSAH, ms, List.of(MEDICAL, VIE_QUOTIDIENNE, PSYCHO_COMPORTEMENTAL),
                List.of(Complexity.COMPLEXE), FOLLOW, mesure, activite, null, null, 0, 0, Reach.TERRITORY, 1, 0,
                List.of(Role.INFIRMIER), List.of("SAMSAH")));
        put(p, new Profile(StructureType.MSP, san, List.of(MEDICAL, PERTE_AUTONOMIE), ALL,
                List.of(Stage.REPERAGE, Stage.ACCOMPAGNEMENT), masse, activite, null, null, 0, 0, Reach.SUBDIVISION,
                3, 2, List.of(Role.MEDECIN_TRAITANT, Role.MEDECIN_TRAITANT, Role.INFIRMIER),
                List.of("Maison de santé")));
        put(p, new Profile(StructureType.CPTS, san, List.of(MEDICAL), ALL, List.of(Stage.REPERAGE), masse, mission,
                null, null, 0, 0, Reach.SECTOR, 2, 1, List.of(Role.COORDINATEUR), List.of("CPTS")));
        put(p, new Profile(StructureType.MEDECIN_LIBERAL, san, List.of(MEDICAL, PERTE_AUTONOMIE), ALL,
                List.of(Stage.REPERAGE, Stage.ACCOMPAGNEMENT), masse, aucune, null, null, 0, 0, Reach.SUBDIVISION,
                60, 9, List.of(Role.MEDECIN_TRAITANT), List.of("Cabinet médical")));
        put(p, new Profile(StructureType.INFIRMIER_LIBERAL, san, List.of(MEDICAL, PERTE_AUTONOMIE), ALL, FOLLOW,
                masse, aucune, null, null, 0, 0, Reach.SUBDIVISION, 40, 7, List.of(Role.INFIRMIER),
                List.of("Cabinet infirmier")));
        put(p, new Profile(StructureType.ASSOCIATION, soc, List.of(ISOLEMENT, SOUTIEN_AIDANT), NOT_EXTREME, FOLLOW,
                mesure, aucune, null, null, 0, 0, Reach.TERRITORY, 2, 0, List.of(Role.AUTRE),
                List.of("Petits Frères des Pauvres", "Écoute Aidants")));
        // Département-wide and region-wide structures: urban = how many per area.
        put(p, new Profile(StructureType.EQUIPE_APA, soc, List.of(PERTE_AUTONOMIE, AIDES_HUMAINES_TECHNIQUES,
                SOUTIEN_AIDANT, ACCES_DROITS, INSTITUTIONNALISATION), ALL, List.of(Stage.EVALUATION,
                Stage.ACCOMPAGNEMENT), masse, activite, 60, true, 0, 0, Reach.DEPARTEMENT, 1, 0,
                List.of(Role.TRAVAILLEUR_SOCIAL, Role.TRAVAILLEUR_SOCIAL, Role.TRAVAILLEUR_SOCIAL, Role.INFIRMIER,
                        Role.INFIRMIER), List.of("Équipe médico-sociale APA")));
        put(p, new Profile(StructureType.MDPH, ms, List.of(ACCES_DROITS, AIDES_HUMAINES_TECHNIQUES, PERTE_AUTONOMIE),
                ALL, List.of(Stage.EVALUATION), masse, activite, null, null, 0, 0, Reach.DEPARTEMENT, 1, 0,
                List.of(Role.TRAVAILLEUR_SOCIAL, Role.ERGOTHERAPEUTE), List.of("MDPH")));
        put(p, new Profile(StructureType.MANDATAIRE_JUDICIAIRE, soc, List.of(FINANCIER, ACCES_DROITS, MALTRAITANCE),
                ALL, FOLLOW, mesure, aucune, null, null, 0, 0, Reach.DEPARTEMENT, 2, 0,
                List.of(Role.MANDATAIRE, Role.MANDATAIRE), List.of("UDAF", "ATMP")));
        put(p, new Profile(StructureType.CAISSE_RETRAITE, soc, List.of(ACCES_DROITS, FINANCIER,
                AIDES_HUMAINES_TECHNIQUES), List.of(Complexity.STANDARD), List.of(Stage.REPERAGE, Stage.EVALUATION),
                masse, aucune, 60, null, 0, 0, Reach.DEPARTEMENT, 2, 0, List.of(Role.TRAVAILLEUR_SOCIAL),
                List.of("CARSAT — action sociale", "MSA — action sociale")));
        put(p, new Profile(StructureType.AUTRE, soc, List.of(), ALL, ALL_STAGES, masse, activite, null, null, 0, 0,
                Reach.DEPARTEMENT, 1, 0, List.of(), List.of("Conseil départemental")));
        return p;
    }

    private static void put(Map<StructureType, Profile> profiles, Profile profile) {
        profiles.put(profile.type(), profile);
    }
}
