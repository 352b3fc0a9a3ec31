package fr.maillage.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import fr.maillage.demo.BundleSpec.Setting;
import fr.maillage.demo.Site.Staff;
import fr.maillage.demo.TerritoryWorld.Leaf;
import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.EndReason;
import fr.maillage.vocabulary.InvolvementKind;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.StructureType;

/**
 * The persons of one territory and their stories (parcours), person by person, written as
 * they are drawn. A story starts with a referral to a coordination or evaluation body, which
 * may bounce (ping-pong), go unanswered, or be accepted; then evaluations (sometimes two
 * concurrent ones), an APA plan, home help and nursing, a referent or a case manager when
 * there is room; then ruptures, hospital stays, and an end: death, EHPAD, a move, or nothing yet.
 */
final class PersonStories {

    private static final java.util.Set<Domain> HOME_HELP = EnumSet.of(Domain.VIE_QUOTIDIENNE, Domain.AIDES_HUMAINES_TECHNIQUES,
            Domain.PERTE_AUTONOMIE, Domain.ISOLEMENT);
    private static final Domain[] DOMAINS = Domain.values();

    /**
     * The share of a rural person's hospital stays, and of the hospital's referrals about them,
     * that are at the city's centre hospitalier (docs/demo-territory.md says why).
     */
    static final double CITY_HOSPITAL_SHARE = 0.6;

    /** Needs' weights (in {@link Domain} order) for standard situations and for complex ones. */
    private static final double[] STANDARD_NEEDS = {10, 4, 1, 0.6, 0.4, 14, 9, 2, 3, 0.6, 4, 2, 2, 9, 0.3, 5};
    private static final double[] COMPLEX_NEEDS = {9, 7, 5, 2, 1.2, 9, 6, 4, 6, 4, 4, 3, 3, 6, 2, 7};

    private final TerritoryWorld world;
    private final LocalDate ref;
    private final int historyDays;
    private final SplittableRandom random;
    private final CsvBundleWriter out;
    private final String prefix;
    /** Per case manager, cases followed on each day from {@link #firstDay} to the reference date. */
    private final List<int[]> caseLoads = new ArrayList<>();
    private final List<int[]> maiaCaseLoads = new ArrayList<>();
    private final LocalDate firstDay;
    /** Per structure with places (not the DAC: its case managers have theirs), persons followed each day. */
    private final java.util.Map<Site, int[]> loads = new java.util.HashMap<>();
    private final long referralTarget;
    private long referrals;
    private long involvements;
    private long assessments;

    PersonStories(TerritoryWorld world, BundleSpec spec, SplittableRandom random, CsvBundleWriter out) {
        this.world = world;
        this.ref = spec.referenceDate();
        this.historyDays = spec.historyDays();
        this.random = random;
        this.out = out;
        this.prefix = world.spec().id();
        this.firstDay = ref.minusDays(historyDays + 400L);
        int days = (int) (ref.toEpochDay() - firstDay.toEpochDay()) + 1;
        for (int i = 0; i < world.caseManagers.size(); i++) {
            caseLoads.add(new int[days]);
            maiaCaseLoads.add(new int[days]);
        }
        this.referralTarget = (long) world.spec().referralsPerYear() * historyDays / 365;
        List<Site> everyone = new ArrayList<>(world.sites());
        everyone.addAll(world.shared().sites());
        for (Site site : everyone) {
            if (site.capacity != null && site.capacity > 0 && site.type() != StructureType.DAC
                    && site.type() != StructureType.MAIA) {
                loads.put(site, new int[days]);
            }
        }
    }

    /**
     * Room for one more person from the date on: the stay's end is not known yet, so it must fit
     * until the reference date; persons are counted with their final dates once written.
     */
    private boolean hasRoom(Site site, LocalDate from) {
        int[] load = loads.get(site);
        return load == null || free(load, from, site.capacity);
    }

    private boolean free(int[] load, LocalDate from, int ceiling) {
        for (int day = dayIndex(from); day < load.length; day++) {
            if (load[day] >= ceiling) {
                return false;
            }
        }
        return true;
    }

    void run() {
        int persons = world.spec().persons();
        for (int i = 0; i < persons; i++) {
            Story story = new Story(String.format(Locale.ROOT, "%s-p%06d", prefix, i + 1));
            story.tell();
            // Referrals beyond the stories' own, spread evenly so every person carries a share.
            long due = referralTarget * (i + 1) / persons;
            for (int attempt = 0; referrals < due && attempt < 80; attempt++) {
                story.extraReferral();
            }
            story.write();
        }
        if (!world.spec().places().isEmpty()) {
            residents(persons);
        }
    }

    /**
     * EHPAD residents (résidents), on real geography: the stories bring few persons into an EHPAD,
     * whose places follow the published density for the whole population aged 75+; each EHPAD is filled with long-stay residents up to
     * an occupancy drawn between 80 and 98 %, or full for one in ten. Residents entered over the
     * last six years (an EHPAD stay lasts about two and a half years on average); those who
     * entered within the history were referred by their doctor, the hospital or nobody.
     */
    private void residents(int numbered) {
        int number = numbered;
        LocalDate oldest = ref.minusDays(historyDays + 400L);
        for (Site ehpad : world.byType().getOrDefault(StructureType.EHPAD, List.of())) {
            if (!ehpad.openOn(ref)) {
                continue;
            }
            double occupancy = random.nextDouble() < 0.1 ? 1 : 0.80 + 0.18 * random.nextDouble();
            int wanted = (int) Math.round(ehpad.capacity * occupancy) - loads.get(ehpad)[dayIndex(ref)];
            long open = ehpad.opened == null ? 6 * 365 : Math.min(6 * 365, ref.toEpochDay() - ehpad.opened.toEpochDay());
            for (int k = 0; k < wanted; k++) {
                number++;
                Story resident = new Story(String.format(Locale.ROOT, "%s-p%06d", prefix, number), ehpad);
                LocalDate entered = ref.minusDays(random.nextLong(Math.max(1, open)));
                if (!entered.isBefore(oldest)) {
                    Staff doctor = resident.doctor;
                    double r = random.nextDouble();
                    Site hospital = r >= 0.4 && r < 0.7 ? resident.hospitalSocialService(entered) : null;
                    Sender sender = r < 0.4 && doctor != null ? new Sender(null, doctor)
                            : hospital != null ? new Sender(hospital, null) : Sender.NONE;
                    int waited = 15 + random.nextInt(60);
                    resident.refer(entered.minusDays(waited), sender, ehpad, null, ReferralStatus.ACCEPTEE, waited,
                            null);
                }
                resident.involve(ehpad, InvolvementKind.SERVICE, entered, null);
                resident.write();
            }
        }
    }

    /** A drawn involvement; its end may still change while the story goes on. */
    static final class Involvement {
        final String id;
        final Site site;
        final InvolvementKind kind;
        final LocalDate start;
        final Staff staff;
        LocalDate end;
        EndReason endReason;

        Involvement(String id, Site site, InvolvementKind kind, LocalDate start, Staff staff) {
            this.id = id;
            this.site = site;
            this.kind = kind;
            this.start = start;
            this.staff = staff;
        }

    }

    /** The service that took the person (null when none had room), and the date of the last answer. */
    private record Admission(Site site, LocalDate date) {
    }

    private record Sender(Site site, Staff staff) {
        static final Sender NONE = new Sender(null, null);

        Site structure() {
            return site != null ? site : staff != null ? staff.site() : null;
        }
    }

    private final class Story {
        final String id;
        final Leaf leaf;
        final int age;
        final Complexity complexity;
        final List<Domain> needs;
        final boolean livesAlone;
        final boolean apa;
        final boolean legalProtection;
        final Staff doctor;
        final List<Involvement> involved = new ArrayList<>();
        final List<Object[]> referralRows = new ArrayList<>();
        final List<Object[]> assessmentRows = new ArrayList<>();
        final LocalDate entry;
        LocalDate horizon;
        Involvement homeHelp;
        Staff caseManager;

        Story(String id) {
            this.id = id;
            this.leaf = leaf();
            this.age = age();
            double c = random.nextDouble();
            this.complexity = c < 0.72 ? Complexity.STANDARD : c < 0.94 ? Complexity.COMPLEXE : Complexity.EXTREME;
            this.needs = needs(complexity);
            boolean complex = complex();
            this.livesAlone = random.nextDouble() < (age >= 85 ? 0.5 : 0.35);
            this.apa = random.nextDouble() < (complex ? 0.6 : 0.28) + (age >= 85 ? 0.1 : 0);
            this.legalProtection = random.nextDouble() < (complexity == Complexity.EXTREME ? 0.3 : complex ? 0.1 : 0.03);
            List<Staff> doctors = world.doctors(leaf, ref);
            // Medical deserts: some rural persons have no médecin traitant.
            boolean desert = world.spec().setting() == Setting.RURAL && random.nextDouble() < 0.12;
            this.doctor = doctors.isEmpty() || desert ? null : doctors.get(random.nextInt(doctors.size()));
            this.entry = ref.minusDays(5 + random.nextInt(historyDays + 240));
            this.horizon = ref;
        }

        /** A resident of the EHPAD: very old, dependent, living there (not alone), mostly with the APA. */
        Story(String id, Site ehpad) {
            this.id = id;
            this.leaf = leaf();
            this.age = Math.min(100, (random.nextDouble() < 0.8 ? 82 : 70) + random.nextInt(random.nextDouble() < 0.8 ? 15 : 12));
            double c = random.nextDouble();
            this.complexity = c < 0.72 ? Complexity.STANDARD : c < 0.94 ? Complexity.COMPLEXE : Complexity.EXTREME;
            EnumSet<Domain> drawn = EnumSet.of(Domain.INSTITUTIONNALISATION, Domain.PERTE_AUTONOMIE);
            if (random.nextDouble() < 0.5) {
                drawn.add(Domain.COGNITIF);
            }
            if (random.nextDouble() < 0.4) {
                drawn.add(Domain.MEDICAL);
            }
            drawn.removeIf(need -> !ehpad.handlesDomain(need));
            this.needs = List.copyOf(drawn);
            this.livesAlone = false;
            this.apa = random.nextDouble() < 0.8;
            this.legalProtection = random.nextDouble() < 0.2;
            List<Staff> doctors = world.doctors(leaf, ref);
            this.doctor = doctors.isEmpty() ? null : doctors.get(random.nextInt(doctors.size()));
            this.entry = ref;
            this.horizon = ref;
        }

        boolean complex() {
            return complexity != Complexity.STANDARD;
        }

        void tell() {
            double scenario = random.nextDouble();
            boolean pingPong = scenario < (complex() ? 0.07 : 0.025);
            boolean unanswered = !pingPong && scenario < (complex() ? 0.12 : 0.06);
            LocalDate start = entry;
            if ((pingPong || unanswered) && random.nextDouble() < 0.5) {
                // Half of these stories are recent, so today's orphans include them.
                start = ref.minusDays(pingPong ? 40 + random.nextInt(45) : 32 + random.nextInt(55));
            }
            LocalDate end = terminalDate(start);
            horizon = end != null && end.isBefore(ref) ? end : ref;
            if (random.nextDouble() < 0.3) {
                // Long-standing home help, from before anyone coordinated anything.
                LocalDate since = start.minusDays(30 + random.nextInt(600));
                List<Site> saads = providers(StructureType.SAAD, start.minusDays(400));
                saads.removeIf(saad -> !hasRoom(saad, since));
                Site saad = choose(saads);
                homeHelp = involve(saad, InvolvementKind.SERVICE, since, staffOf(saad, Role.AIDE_A_DOMICILE));
            }
            if (legalProtection && random.nextDouble() < 0.8) {
                // A guardianship (tutelle, curatelle) runs for years, whatever else happens.
                Site mandataire = choose(providers(StructureType.MANDATAIRE_JUDICIAIRE, start));
                involve(mandataire, InvolvementKind.SERVICE, start.minusDays(random.nextInt(900)),
                        staffOf(mandataire, Role.MANDATAIRE));
            }
            Sender sender = sender(start);
            if (pingPong) {
                start = pingPong(start, sender);
            } else if (unanswered) {
                start = unanswered(start, sender);
            }
            if (start != null && !start.isAfter(horizon)) {
                LocalDate servicesFrom = coordinate(start, sender);
                if (servicesFrom != null) {
                    events(servicesFrom);
                }
            }
            if (end != null && !end.isAfter(ref)) {
                terminal(end);
            }
            for (Involvement inv : involved) {
                if (inv.end != null && inv.end.isAfter(ref)) {
                    inv.end = null;
                    inv.endReason = null;
                }
            }
            closeHandedOver();
        }

        /**
         * An evaluation "handed over" to nobody leaves the person without an interlocutor; that
         * happens, but most such situations were in fact settled.
         */
        private void closeHandedOver() {
            LocalDate last = null;
            for (Involvement inv : involved) {
                if (inv.end == null) {
                    return;
                }
                last = last == null || inv.end.isAfter(last) ? inv.end : last;
            }
            if (last != null && random.nextDouble() < 0.7) {
                for (Involvement inv : involved) {
                    if (inv.end.equals(last) && inv.endReason == EndReason.RELAIS) {
                        inv.endReason = EndReason.STABILISATION;
                    }
                }
            }
        }

        // ---- the person ----

        private Leaf leaf() {
            List<Leaf> leaves = world.leaves();
            long total = leaves.stream().mapToLong(Leaf::population75Plus).sum();
            long draw = (long) (random.nextDouble() * total);
            for (Leaf leaf : leaves) {
                draw -= leaf.population75Plus();
                if (draw < 0) {
                    return leaf;
                }
            }
            return leaves.get(leaves.size() - 1);
        }

        /**
         * A DAC serves every age and disability: one person in ten is under 60 (disability,
         * chronic or psychiatric illness), the others mostly over 75 as in the MAIA's files.
         */
        private int age() {
            double r = random.nextDouble();
            if (r < 0.10) {
                return 20 + random.nextInt(40);
            }
            int low = r < 0.20 ? 60 : r < 0.45 ? 70 : r < 0.84 ? 80 : 90;
            return Math.min(100, low + random.nextInt(10));
        }

        private List<Domain> needs(Complexity complexity) {
            int count = switch (complexity) {
                case STANDARD -> 1 + random.nextInt(2);
                case COMPLEXE -> 2 + random.nextInt(3);
                case EXTREME -> 3 + random.nextInt(3);
            };
            double[] weights = complexity == Complexity.STANDARD ? STANDARD_NEEDS : COMPLEX_NEEDS;
            EnumSet<Domain> drawn = EnumSet.noneOf(Domain.class);
            while (drawn.size() < count) {
                drawn.add(weighted(weights));
            }
            return List.copyOf(drawn);
        }

        private Domain weighted(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double draw = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return DOMAINS[i];
                }
            }
            return DOMAINS[weights.length - 1];
        }

        /** Death, entry into an EHPAD or a move, or null when the story has no end yet. */
        private EndReason terminal;

        private LocalDate terminalDate(LocalDate start) {
            double death = age >= 90 ? 0.25 : age >= 85 ? 0.15 : 0.07;
            double ehpad = 0.06 + (needs.contains(Domain.COGNITIF) ? 0.07 : 0)
                    + (complexity == Complexity.EXTREME ? 0.08 : 0);
            double r = random.nextDouble();
            LocalDate date = start.plusDays(60 + random.nextInt(700));
            if (r < death) {
                terminal = EndReason.DECES;
            } else if (r < death + ehpad) {
                terminal = EndReason.INSTITUTIONNALISATION;
            } else if (r < death + ehpad + 0.02) {
                terminal = EndReason.DEMENAGEMENT;
            } else {
                return null;
            }
            return date;
        }

        // ---- the coordination path ----

        /** Refusals and redirections without anyone taking the situation; the date it resumes, or null. */
        private LocalDate pingPong(LocalDate start, Sender sender) {
            List<Site> wrong = notTheirRemit(start);
            if (wrong.size() < 2) {
                return start;
            }
            int bounces = 2 + (random.nextDouble() < 0.35 ? 1 : 0);
            LocalDate date = start;
            for (int k = 0; k < bounces && k < wrong.size(); k++) {
                Site to = wrong.get(k);
                boolean redirect = k > 0 && k + 1 < wrong.size() && random.nextDouble() < 0.45;
                Site redirected = redirect ? wrong.get(k + 1) : null;
                LocalDate answer = refer(date, sender, to, null, redirect ? ReferralStatus.REORIENTEE
                        : ReferralStatus.REFUSEE, 3 + random.nextInt(18), redirected);
                if (answer == null) {
                    return null;
                }
                date = answer.plusDays(1 + random.nextInt(12));
                // The receiver's answer sends the sender on to the next door.
                sender = k == 0 && random.nextDouble() < 0.5 ? new Sender(to, null) : sender;
            }
            return random.nextDouble() < 0.45 ? date.plusDays(20 + random.nextInt(100)) : null;
        }

        /** A referral nobody answers; the date someone tries elsewhere, or null. */
        private LocalDate unanswered(LocalDate start, Sender sender) {
            List<Site> doors = coordinationDoors(start);
            Site to = pick(doors);
            ReferralStatus status = random.nextDouble() < 0.55 ? ReferralStatus.SANS_REPONSE : ReferralStatus.EN_ATTENTE;
            refer(start, sender, to, null, status, 0, null);
            return random.nextDouble() < 0.4 ? start.plusDays(45 + random.nextInt(110)) : null;
        }

        /**
         * The referral that is taken: evaluation, maybe a second concurrent one, APA, a referent
         * or a case manager, home help and nursing. Returns when services start, or null.
         */
        private LocalDate coordinate(LocalDate date, Sender sender) {
            Site first = firstDoor(date);
            if (first == null) {
                return null;
            }
            if (first.type() == StructureType.CLIC && complex() && random.nextDouble() < 0.25
                    && world.dac().openOn(date)) {
                // The CLIC hands complex situations over to the DAC.
                LocalDate answer = refer(date, sender, first, null, ReferralStatus.REORIENTEE, 2 + random.nextInt(10),
                        world.dac());
                if (answer == null) {
                    return null;
                }
                sender = new Sender(first, null);
                date = answer.plusDays(1 + random.nextInt(5));
                first = world.dac();
            }
            LocalDate accepted = refer(date, sender, first, null, ReferralStatus.ACCEPTEE, delay(first), null);
            if (accepted == null) {
                return null;
            }
            Staff evaluator = staffOf(first, Role.CONSEILLER_GERONTOLOGIE, Role.TRAVAILLEUR_SOCIAL, Role.INFIRMIER,
                    Role.GERIATRE, Role.COORDINATEUR);
            LocalDate evaluated = accepted.plusDays(10 + random.nextInt(36));
            Involvement evaluation = involve(first, InvolvementKind.EVALUATION, accepted, evaluator);
            end(evaluation, evaluated, random.nextDouble() < 0.7 ? EndReason.RELAIS : EndReason.STABILISATION);
            assess(accepted.plusDays(3 + random.nextInt(12)), first, false);
            Sender coordinator = new Sender(first, evaluator);

            if (random.nextDouble() < (complex() ? 0.35 : 0.1)) {
                secondOpinion(accepted.plusDays(5 + random.nextInt(65)), coordinator, first);
            }
            if (apa) {
                apaPlan(accepted.plusDays(random.nextInt(40)), coordinator);
            }
            LocalDate services = evaluated.plusDays(random.nextInt(20));
            homeServices(services, coordinator);
            if (complex()) {
                caseManagement(services, coordinator);
            } else if (random.nextDouble() < 0.4) {
                Site referent = pick(providers(random.nextDouble() < 0.6 ? StructureType.CLIC : StructureType.CCAS,
                        services));
                Involvement follow = involve(referent, InvolvementKind.REFERENT, services,
                        staffOf(referent, Role.CONSEILLER_GERONTOLOGIE, Role.TRAVAILLEUR_SOCIAL));
                if (random.nextDouble() < 0.5) {
                    end(follow, services.plusDays(180 + random.nextInt(360)), EndReason.STABILISATION);
                }
            }
            return services;
        }

        /** Another body evaluates too, with its own conclusion: the classic overlap. */
        private void secondOpinion(LocalDate date, Sender sender, Site first) {
            List<Site> candidates = new ArrayList<>();
            for (Site site : world.serving(leaf)) {
                boolean evaluates = switch (site.type()) {
                    case RESEAU_SANTE, EMG -> complex() && age >= 75;
                    case CONSULTATION_MEMOIRE -> needs.contains(Domain.COGNITIF);
                    case EQUIPE_APA -> apa;
                    case CLIC -> complexity != Complexity.EXTREME;
                    default -> false;
                };
                if (evaluates && site != first && site.openOn(date)) {
                    candidates.add(site);
                }
            }
            Site second = pick(candidates);
            if (second == null) {
                return;
            }
            LocalDate accepted = refer(date, random.nextDouble() < 0.5 && doctor != null ? new Sender(null, doctor)
                    : sender, second, null, ReferralStatus.ACCEPTEE, delay(second), null);
            if (accepted != null) {
                Involvement evaluation = involve(second, InvolvementKind.EVALUATION, accepted, staffOf(second));
                end(evaluation, accepted.plusDays(7 + random.nextInt(25)), EndReason.RELAIS);
                assess(accepted.plusDays(2 + random.nextInt(10)), second, random.nextDouble() < 0.4);
            }
        }

        private void apaPlan(LocalDate date, Sender sender) {
            Site team = pick(providers(StructureType.EQUIPE_APA, date));
            if (team == null) {
                return;
            }
            Staff social = staffOf(team, Role.TRAVAILLEUR_SOCIAL, Role.INFIRMIER);
            if (sender.structure() == team) {
                // The APA team was the first door: its evaluation is done, the plan follows.
                involve(team, InvolvementKind.PLAN_AIDE, date.plusDays(15 + random.nextInt(30)), social);
                return;
            }
            LocalDate accepted = refer(date, sender, team, null, ReferralStatus.ACCEPTEE, 10 + random.nextInt(40), null);
            if (accepted == null) {
                return;
            }
            Involvement evaluation = involve(team, InvolvementKind.EVALUATION, accepted, social);
            LocalDate planned = accepted.plusDays(15 + random.nextInt(45));
            end(evaluation, planned, EndReason.RELAIS);
            assess(accepted.plusDays(5 + random.nextInt(10)), team, false);
            involve(team, InvolvementKind.PLAN_AIDE, planned, social);
        }

        private void homeServices(LocalDate date, Sender sender) {
            boolean help = homeHelp == null && (needs.stream().anyMatch(HOME_HELP::contains) || random.nextDouble() < 0.3);
            if (help) {
                startHomeHelp(date.plusDays(random.nextInt(20)), sender, null);
            }
            if (needs.contains(Domain.MEDICAL) || needs.contains(Domain.PERTE_AUTONOMIE) && random.nextDouble() < 0.5) {
                Sender prescriber = doctor != null ? new Sender(random.nextDouble() < 0.5 ? doctor.site() : null, doctor)
                        : sender;
                LocalDate from = date.plusDays(random.nextInt(15));
                List<Site> ssiads = nursingServices(from);
                if (!ssiads.isEmpty() && random.nextDouble() < 0.68) {
                    // SSIAD places are scarce: a full one answers "complet" and the nurse comes from a practice.
                    Admission admission = admit(ssiads, from, prescriber, 2 + random.nextInt(12));
                    if (admission.site() != null) {
                        Involvement care = involve(admission.site(), InvolvementKind.SOINS, admission.date(),
                                staffOf(admission.site(), Role.INFIRMIER));
                        if (random.nextDouble() < 0.7) {
                            // Nursing at home ends when the person is better or a practice's nurse takes over.
                            end(care, admission.date().plusDays(60 + random.nextInt(360)), EndReason.STABILISATION);
                        }
                        return;
                    }
                    from = admission.date();
                }
                Site nurse = from == null ? null : pick(providers(StructureType.INFIRMIER_LIBERAL, from));
                LocalDate answer = refer(from, prescriber, nurse, null, ReferralStatus.ACCEPTEE, 1 + random.nextInt(4),
                        null);
                if (answer != null) {
                    involve(nurse, InvolvementKind.SOINS, answer, staffOf(nurse));
                }
            }
            if (needs.contains(Domain.COGNITIF) && random.nextDouble() < 0.22) {
                Admission day = admit(providers(StructureType.ACCUEIL_DE_JOUR, date), date.plusDays(random.nextInt(60)),
                        sender, 7 + random.nextInt(30));
                if (day.site() != null) {
                    Involvement attending = involve(day.site(), InvolvementKind.SERVICE, day.date(), null);
                    if (random.nextDouble() < 0.6) {
                        // A day centre is a stage: after months the person stays home with more help, or enters an EHPAD.
                        end(attending, day.date().plusDays(120 + random.nextInt(600)), EndReason.STABILISATION);
                    }
                }
            }
            if (needs.contains(Domain.ISOLEMENT) && random.nextDouble() < 0.25) {
                Site association = pick(providers(StructureType.ASSOCIATION, date));
                LocalDate answer = refer(date.plusDays(random.nextInt(60)), sender, association, null,
                        ReferralStatus.ACCEPTEE, 5 + random.nextInt(20), null);
                if (answer != null) {
                    involve(association, InvolvementKind.SERVICE, answer, null);
                }
            }
        }

        private void startHomeHelp(LocalDate date, Sender sender, Site not) {
            List<Site> saads = providers(StructureType.SAAD, date);
            saads.remove(not);
            Admission admission = admit(saads, date, sender, 3 + random.nextInt(20));
            if (admission.site() != null) {
                homeHelp = involve(admission.site(), InvolvementKind.SERVICE, admission.date(),
                        staffOf(admission.site(), Role.AIDE_A_DOMICILE));
            }
        }

        /**
         * Complex situations go to a case manager when one has room (their ceiling, 12 to 45), routed by
         * the manager's first profession; otherwise they wait, followed at best by a referent.
         */
        private void caseManagement(LocalDate date, Sender sender) {
            Site dac = world.dac();
            Site maia = world.maia();
            LocalDate from = date;
            if (!dac.openOn(from) && (maia == null || !maia.openOn(from))) {
                // No coordination body yet (rural): asked for as soon as the DAC opens, if at all.
                if (random.nextDouble() < 0.5) {
                    referent(date);
                    return;
                }
                from = dac.opened.plusDays(random.nextInt(90));
            }
            boolean atMaia = !dac.openOn(from);
            Site body = atMaia ? maia : dac;
            int manager = freeCaseManager(from, atMaia);
            Staff named = manager < 0 ? null : (atMaia ? world.maiaCaseManagers : world.caseManagers).get(manager);
            LocalDate accepted = sender.structure() == body ? from
                    : refer(from, sender, body, named, ReferralStatus.ACCEPTEE, delay(body), null);
            if (accepted == null) {
                return;
            }
            if (manager < 0) {
                // Waiting list: the DAC took the referral but nobody can follow the person yet.
                referent(accepted);
                return;
            }
            caseManager = named;
            Involvement managed = involve(body, InvolvementKind.GESTION_DE_CAS, accepted, named);
            if (managed == null) {
                return;
            }
            if (atMaia && (maia.closed.isBefore(horizon))) {
                // The MAIA was absorbed into the DAC: the same case manager goes on there if they have room.
                end(managed, maia.closed, EndReason.RELAIS);
                if (!free(caseLoads.get(manager), dac.opened, world.caseCeilings.get(manager))) {
                    caseManager = null;
                    referent(dac.opened);
                    return;
                }
                managed = involve(dac, InvolvementKind.GESTION_DE_CAS, dac.opened, world.caseManagers.get(manager));
                caseManager = world.caseManagers.get(manager);
            }
            if (managed != null && random.nextDouble() < 0.3) {
                end(managed, managed.start.plusDays(240 + random.nextInt(400)), EndReason.STABILISATION);
            }
            if (random.nextDouble() < 0.35) {
                // The CLIC or CCAS keeps following too: two referents at once.
                referent(accepted.plusDays(random.nextInt(30)));
            }
        }

        private void referent(LocalDate date) {
            Site referent = pick(providers(random.nextDouble() < 0.5 ? StructureType.CLIC : StructureType.CCAS, date));
            involve(referent, InvolvementKind.REFERENT, date, staffOf(referent, Role.CONSEILLER_GERONTOLOGIE,
                    Role.TRAVAILLEUR_SOCIAL));
        }

        private int freeCaseManager(LocalDate date, boolean atMaia) {
            List<Staff> managers = atMaia ? world.maiaCaseManagers : world.caseManagers;
            List<int[]> loads = atMaia ? maiaCaseLoads : caseLoads;
            Role wanted = fittingProfession();
            int fallback = -1;
            int offset = random.nextInt(Math.max(1, managers.size()));
            for (int k = 0; k < managers.size(); k++) {
                int i = (k + offset) % managers.size();
                Staff manager = managers.get(i);
                if (manager.since() != null && manager.since().isAfter(date)) {
                    continue;
                }
                if (free(loads.get(i), date, world.caseCeilings.get(i))) {
                    if (manager.origin() == wanted) {
                        return i;
                    }
                    if (fallback < 0) {
                        fallback = i;
                    }
                }
            }
            return fallback;
        }


        /** Nurses for sanitary situations, psychologists for psychic ones, social workers for social ones. */
        private Role fittingProfession() {
            if (needs.contains(Domain.PSYCHIATRIQUE) || needs.contains(Domain.PSYCHO_COMPORTEMENTAL)) {
                return Role.PSYCHOLOGUE;
            }
            int side = 0;
            for (Domain need : needs) {
                side += need.side();
            }
            return side < 0 ? Role.INFIRMIER : side > 0 ? Role.TRAVAILLEUR_SOCIAL : Role.ERGOTHERAPEUTE;
        }

        // ---- what happens next ----

        private void events(LocalDate from) {
            if (homeHelp != null && random.nextDouble() < 0.2) {
                // Home help stops (unpaid bills, refusal, a fall-out): a rupture.
                LocalDate stop = maxDate(from, homeHelp.start).plusDays(45 + random.nextInt(360));
                if (!stop.isAfter(horizon) && homeHelp.end == null) {
                    Site stopped = homeHelp.site;
                    end(homeHelp, stop, random.nextDouble() < 0.6 ? EndReason.RUPTURE : EndReason.REFUS);
                    if (random.nextDouble() < 0.55) {
                        Sender sender = caseManager != null ? new Sender(caseManager.site(), caseManager)
                                : doctor != null ? new Sender(null, doctor) : Sender.NONE;
                        startHomeHelp(stop.plusDays(10 + random.nextInt(80)), sender, stopped);
                    }
                }
            }
            if (random.nextDouble() < 0.18) {
                hospitalStay(from.plusDays(20 + random.nextInt(500)));
            }
            // A closing structure stops its clients' services; one absorbed hands its files over (relais).
            List<Involvement> handedOver = new ArrayList<>();
            for (Involvement inv : involved) {
                if (inv.site.closed != null && (inv.end == null || inv.end.isAfter(inv.site.closed))
                        && !inv.start.isAfter(inv.site.closed) && inv.site.type() != StructureType.MAIA) {
                    if (inv.site.absorbedInto == null) {
                        end(inv, inv.site.closed, EndReason.RUPTURE);
                    } else if (!inv.site.closed.isAfter(horizon)) {
                        end(inv, inv.site.closed, EndReason.RELAIS);
                        handedOver.add(inv);
                    }
                }
            }
            for (Involvement inv : handedOver) {
                // The DAC reviews the files it took over and closes them within ten months, so its own
                // case managers' files, which its capacity counts, stay what they were.
                Site taker = inv.site.absorbedInto;
                Involvement next = involve(taker, inv.kind, inv.site.closed, staffOf(taker));
                end(next, minDate(inv.site.closed.plusDays(30 + random.nextInt(270)), horizon),
                        random.nextDouble() < 0.6 ? EndReason.STABILISATION : EndReason.RELAIS);
            }
        }

        /**
         * A stay in hospital: the médecin traitant (or the emergency, no sender) sends the person in,
         * and at discharge the hospital's social service (or the ward) arranges nursing or HAD.
         */
        private void hospitalStay(LocalDate date) {
            boolean city = cityHospital();
            Site hospital = city ? world.recourseHospital() : choose(providers(StructureType.HOPITAL, date));
            Site social = city ? world.recourseSocialService()
                    : choose(providers(StructureType.SERVICE_SOCIAL_HOSPITALIER, date));
            if (hospital == null) {
                return;
            }
            Sender admitting = doctor != null && random.nextDouble() < 0.6 ? new Sender(null, doctor) : Sender.NONE;
            LocalDate admitted = refer(date, admitting, hospital, null, ReferralStatus.ACCEPTEE, 0, null);
            if (admitted == null) {
                return;
            }
            LocalDate discharge = admitted.plusDays(3 + random.nextInt(18));
            Sender sender = social != null && social.openOn(discharge) ? new Sender(social, staffOf(social))
                    : new Sender(hospital, staffOf(hospital));
            boolean palliative = needs.contains(Domain.SOINS_PALLIATIFS) || random.nextDouble() < 0.3;
            List<Site> next = palliative ? providers(StructureType.HAD, discharge) : nursingServices(discharge);
            Admission care = admit(next, discharge, sender, 1 + random.nextInt(5));
            if (care.site() != null) {
                Involvement nursing = involve(care.site(), InvolvementKind.SOINS, care.date(),
                        staffOf(care.site(), Role.INFIRMIER));
                end(nursing, care.date().plusDays(10 + random.nextInt(50)), EndReason.RELAIS);
            }
        }

        /**
         * Whether a rural person's hospital stay (or the hospital that refers them) is at the city's
         * centre hospitalier rather than at their hôpital de proximité, which has no surgery nor
         * obstetrics and few specialists: {@link #CITY_HOSPITAL_SHARE} of them.
         */
        private boolean cityHospital() {
            return world.recourseHospital() != null && random.nextDouble() < CITY_HOSPITAL_SHARE;
        }

        /**
         * The hospital social service that refers the person: the city's for a share of rural
         * persons; a hôpital de proximité without a social service refers the person itself.
         */
        private Site hospitalSocialService(LocalDate date) {
            Site social = cityHospital() ? world.recourseSocialService()
                    : choose(providers(StructureType.SERVICE_SOCIAL_HOSPITALIER, date));
            return social != null ? social : choose(providers(StructureType.HOPITAL, date));
        }

        /** SSIAD and SPASAD serving the place: both give nursing at home from the same places. */
        private List<Site> nursingServices(LocalDate date) {
            List<Site> found = providers(StructureType.SSIAD, date);
            found.addAll(providers(StructureType.SPASAD, date));
            return found;
        }

        /**
         * Asks services of one type for a place, drawn in proportion to their capacity: a full one
         * (no room from the date to the reference date) answers "complet" and a second one is asked.
         * The accepting service, or none, with the date of the last answer (null if unanswered).
         */
        private Admission admit(List<Site> candidates, LocalDate date, Sender sender, int delay) {
            List<Site> left = new ArrayList<>(candidates);
            LocalDate asked = date;
            for (int attempt = 0; attempt < 2 && asked != null && !left.isEmpty(); attempt++) {
                Site site = choose(left);
                boolean full = !hasRoom(site, asked);
                LocalDate answer = refer(asked, sender, site, null, full ? ReferralStatus.REFUSEE
                        : ReferralStatus.ACCEPTEE, delay, null);
                if (!full || answer == null) {
                    return new Admission(full || answer == null ? null : site, answer);
                }
                left.remove(site);
                asked = answer.plusDays(1 + random.nextInt(10));
            }
            return new Admission(null, asked);
        }

        /** A structure drawn among those of a type, in proportion to {@link TerritoryWorld#weight}. */
        private Site choose(List<Site> sites) {
            double total = 0;
            for (Site site : sites) {
                total += TerritoryWorld.weight(site, leaf);
            }
            if (total <= 0) {
                return pick(sites);
            }
            double draw = random.nextDouble() * total;
            for (Site site : sites) {
                draw -= TerritoryWorld.weight(site, leaf);
                if (draw < 0) {
                    return site;
                }
            }
            return sites.get(sites.size() - 1);
        }

        private void terminal(LocalDate date) {
            if (terminal == EndReason.INSTITUTIONNALISATION) {
                Sender sender = caseManager != null ? new Sender(caseManager.site(), caseManager)
                        : doctor != null ? new Sender(null, doctor) : Sender.NONE;
                Site ehpad = choose(providers(StructureType.EHPAD, date));
                LocalDate asked = date.minusDays(20 + random.nextInt(100));
                horizon = ref;
                LocalDate answer = refer(maxDate(asked, entry), sender, ehpad, null, ReferralStatus.ACCEPTEE,
                        (int) Math.max(0, date.toEpochDay() - maxDate(asked, entry).toEpochDay()), null);
                if (answer == null) {
                    return;
                }
                endAll(answer, EndReason.INSTITUTIONNALISATION);
                involve(ehpad, InvolvementKind.SERVICE, answer, null);
            } else {
                endAll(date, terminal);
            }
        }

        private void endAll(LocalDate date, EndReason reason) {
            for (Involvement inv : involved) {
                if (!inv.start.isAfter(date) && (inv.end == null || inv.end.isAfter(date))) {
                    inv.end = date;
                    inv.endReason = reason;
                }
            }
        }

        /** One more referral between the structures around the person (everyday traffic), when one fits. */
        void extraReferral() {
            List<Site> around = new ArrayList<>();
            for (Involvement inv : involved) {
                around.add(inv.site);
            }
            if (doctor != null) {
                around.add(doctor.site());
            }
            if (around.isEmpty()) {
                return;
            }
            LocalDate start = involved.isEmpty() ? entry : minDate(entry, involved.get(0).start);
            long span = horizon.toEpochDay() - start.toEpochDay();
            if (span <= 0) {
                return;
            }
            LocalDate date = start.plusDays(random.nextLong(span + 1));
            Site from = around.get(random.nextInt(around.size()));
            Site to = random.nextDouble() < 0.5 ? around.get(random.nextInt(around.size())) : pick(handling(date));
            if (to == null || to == from) {
                to = pick(handling(date));
            }
            if (to == null || to == from || !to.openOn(date) || !from.openOn(date)) {
                return;
            }
            double r = random.nextDouble();
            ReferralStatus status = r < 0.9 ? ReferralStatus.ACCEPTEE : r < 0.95 ? ReferralStatus.REFUSEE
                    : r < 0.98 ? ReferralStatus.REORIENTEE : ReferralStatus.SANS_REPONSE;
            Site redirected = status == ReferralStatus.REORIENTEE ? pick(handling(date)) : null;
            if (status == ReferralStatus.REORIENTEE && (redirected == null || redirected == to)) {
                status = ReferralStatus.REFUSEE;
                redirected = null;
            }
            Staff fromStaff = from.staff.isEmpty() || random.nextDouble() < 0.5 ? null : staffOf(from);
            refer(date, new Sender(from, fromStaff), to, null, status, 1 + random.nextInt(15), redirected);
        }

        // ---- who, among the structures ----

        /** Where a story starts: the DAC (or MAIA) for complex situations, a CLIC, CCAS, APA team or caisse otherwise. */
        private Site firstDoor(LocalDate date) {
            if (complex() && random.nextDouble() < 0.6) {
                if (world.dac().openOn(date)) {
                    return world.dac();
                }
                if (world.maia() != null && world.maia().openOn(date)) {
                    return world.maia();
                }
            }
            double r = random.nextDouble();
            // CLIC, APA team and pension funds take people over 60: younger ones go to the MDPH or the CCAS.
            StructureType type = age < 60 ? (r < 0.5 ? StructureType.MDPH : StructureType.CCAS)
                    : r < 0.55 ? StructureType.CLIC : r < 0.75 ? StructureType.CCAS
                    : apa ? StructureType.EQUIPE_APA : complex() ? StructureType.CCAS : StructureType.CAISSE_RETRAITE;
            Site door = pick(providers(type, date));
            return door != null ? door : pick(providers(StructureType.CCAS, date));
        }

        private List<Site> coordinationDoors(LocalDate date) {
            List<Site> doors = new ArrayList<>();
            for (StructureType type : List.of(StructureType.CLIC, StructureType.CCAS, StructureType.DAC,
                    StructureType.EQUIPE_APA, StructureType.SSIAD)) {
                doors.addAll(providers(type, date));
            }
            return doors;
        }

        /** Structures a referral about this person lands at by mistake: they do not handle the situation. */
        private List<Site> notTheirRemit(LocalDate date) {
            List<Site> wrong = new ArrayList<>();
            for (Site site : coordinationDoors(date)) {
                if (!handlesOne(site, date)) {
                    wrong.add(site);
                }
            }
            for (Site site : world.serving(leaf)) {
                if ((site.type() == StructureType.RESEAU_SANTE || site.type() == StructureType.EMG
                        || site.type() == StructureType.CAISSE_RETRAITE) && site.openOn(date)
                        && !handlesOne(site, date)) {
                    wrong.add(site);
                }
            }
            shuffle(wrong);
            // When every door would take the person, some still answer "pas de place".
            List<Site> doors = coordinationDoors(date);
            shuffle(doors);
            for (Site door : doors) {
                if (!wrong.contains(door)) {
                    wrong.add(door);
                }
            }
            return wrong;
        }

        private List<Site> handling(LocalDate date) {
            List<Site> found = new ArrayList<>();
            for (Site site : world.serving(leaf)) {
                if (site.type() != StructureType.MEDECIN_LIBERAL && site.type() != StructureType.INFIRMIER_LIBERAL
                        && handlesOne(site, date)) {
                    found.add(site);
                }
            }
            return found;
        }

        private boolean handlesOne(Site site, LocalDate date) {
            for (Domain need : needs) {
                if (site.handles(need, complexity, age, apa, date)) {
                    return true;
                }
            }
            return false;
        }

        /** Open structures of a type serving the person's place. */
        private List<Site> providers(StructureType type, LocalDate date) {
            List<Site> found = new ArrayList<>();
            for (Site site : world.serving(leaf, type)) {
                if (site.openOn(date)) {
                    found.add(site);
                }
            }
            return found;
        }

        private Sender sender(LocalDate date) {
            double r = random.nextDouble();
            if (r < 0.35 && doctor != null) {
                // A GP often refers in their own name only: the sender is then their practice.
                return new Sender(random.nextDouble() < 0.5 ? doctor.site() : null, doctor);
            }
            StructureType type = r < 0.55 ? StructureType.SERVICE_SOCIAL_HOSPITALIER : r < 0.65 ? StructureType.CCAS
                    : r < 0.75 ? StructureType.SAAD : r < 0.85 ? StructureType.CAISSE_RETRAITE : null;
            Site site = type == null ? null : type == StructureType.SERVICE_SOCIAL_HOSPITALIER
                    ? hospitalSocialService(date) : choose(providers(type, date));
            if (type == StructureType.SAAD && homeHelp != null) {
                site = homeHelp.site;
            }
            return site == null ? Sender.NONE : new Sender(site, random.nextDouble() < 0.3 ? staffOf(site) : null);
        }

        private int delay(Site site) {
            if (site == null) {
                return 0;
            }
            int base = switch (site.type()) {
                case DAC, MAIA -> 7 + random.nextInt(25);
                case EQUIPE_APA -> 15 + random.nextInt(45);
                case CONSULTATION_MEMOIRE -> 30 + random.nextInt(90);
                default -> 2 + random.nextInt(20);
            };
            return base;
        }

        private Staff staffOf(Site site, Role... roles) {
            if (site == null || random.nextDouble() < 0.35) {
                return null;
            }
            List<Staff> staff = site.staffOn(ref, roles);
            if (staff.isEmpty()) {
                staff = site.staffOn(ref);
            }
            staff.removeIf(s -> s.role() == Role.PILOTE);
            return staff.isEmpty() ? null : staff.get(random.nextInt(staff.size()));
        }

        private <T> T pick(List<T> list) {
            return list == null || list.isEmpty() ? null : list.get(random.nextInt(list.size()));
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        // ---- rows ----

        /**
         * A referral; returns the date of its answer, or null when it stays unanswered on the
         * reference date (then it is written {@code en_attente} unless it is {@code sans_reponse}).
         */
        private LocalDate refer(LocalDate date, Sender sender, Site to, Staff toStaff, ReferralStatus status,
                                int delay, Site redirected) {
            if (date == null || to == null || date.isAfter(horizon) || date.isBefore(ref.minusDays(historyDays + 400))) {
                return null;
            }
            LocalDate answer = date.plusDays(delay);
            boolean answered = status != ReferralStatus.SANS_REPONSE && status != ReferralStatus.EN_ATTENTE
                    && !answer.isAfter(ref);
            ReferralStatus written = answered || status == ReferralStatus.SANS_REPONSE ? status : ReferralStatus.EN_ATTENTE;
            List<Domain> reasons = new ArrayList<>();
            for (Domain need : needs) {
                if (to.handlesDomain(need)) {
                    reasons.add(need);
                }
            }
            if (reasons.isEmpty()) {
                reasons.add(needs.get(random.nextInt(needs.size())));
            }
            Site from = sender.site() == to ? null : sender.site();
            Staff fromStaff = sender.staff() != null && sender.staff().site() == to ? null : sender.staff();
            referrals++;
            referralRows.add(new Object[] {String.format(Locale.ROOT, "%s-r%07d", prefix, referrals), date, id, to.id,
                    from == null ? null : from.id, fromStaff == null ? null : fromStaff.id(),
                    toStaff == null ? null : toStaff.id(), reasons, written, answered ? answer : null,
                    answered && written == ReferralStatus.REORIENTEE && redirected != null ? redirected.id : null});
            return answered ? answer : null;
        }

        private Involvement involve(Site site, InvolvementKind kind, LocalDate start, Staff staff) {
            if (site == null || start == null || start.isAfter(horizon) || !site.openOn(start)) {
                return null;
            }
            involvements++;
            Involvement inv = new Involvement(String.format(Locale.ROOT, "%s-i%07d", prefix, involvements), site, kind,
                    start, staff);
            involved.add(inv);
            return inv;
        }

        private void end(Involvement inv, LocalDate date, EndReason reason) {
            if (inv != null && !date.isAfter(ref) && !date.isBefore(inv.start)) {
                inv.end = date;
                inv.endReason = reason;
            }
        }

        /** What an evaluation found; {@code divergent} draws another complexity than the person's. */
        private void assess(LocalDate date, Site site, boolean divergent) {
            if (date.isAfter(horizon)) {
                return;
            }
            List<Domain> found = new ArrayList<>();
            for (Domain need : needs) {
                if (random.nextDouble() < 0.75) {
                    found.add(need);
                }
            }
            if (found.isEmpty()) {
                found.add(needs.get(0));
            }
            Complexity level = complexity;
            if (divergent || complex() && random.nextDouble() < 0.3) {
                // Complex situations were often first seen as standard; two evaluators disagree.
                level = Complexity.values()[Math.max(0, complexity.ordinal() - 1)];
                if (level == complexity) {
                    level = Complexity.COMPLEXE;
                }
            }
            Boolean grantsApa = site.type() == StructureType.EQUIPE_APA ? apa : null;
            assessments++;
            assessmentRows.add(new Object[] {String.format(Locale.ROOT, "%s-a%07d", prefix, assessments), id, date,
                    site.id, level, found, grantsApa});
        }

        /** Writes the person and their story; the latest assessment agrees with the person's file. */
        void write() {
            Object[] latest = null;
            for (Object[] row : assessmentRows) {
                if (latest == null || ((LocalDate) row[2]).isAfter((LocalDate) latest[2])) {
                    latest = row;
                }
            }
            if (latest != null) {
                latest[4] = complexity;
            }
            out.row("persons.csv", id, leaf.id(), ref.getYear() - age, complexity, needs, livesAlone, apa,
                    legalProtection);
            for (Object[] row : referralRows) {
                out.row("referrals.csv", row);
            }
            for (Involvement inv : involved) {
                countCase(inv);
                out.row("involvements.csv", inv.id, id, inv.site.id, inv.kind, inv.start,
                        inv.staff == null ? null : inv.staff.id(), inv.end, inv.end == null ? null : inv.endReason);
            }
            for (Object[] row : assessmentRows) {
                out.row("assessments.csv", row);
            }
        }
    }

    /** Counts a written involvement in its case manager's file, or in its structure's places. */
    private void countCase(Involvement inv) {
        int[] load = loads.get(inv.site);
        if (load == null && (inv.kind != InvolvementKind.GESTION_DE_CAS || inv.staff == null)) {
            return;
        }
        if (load == null) {
            int manager = world.caseManagers.indexOf(inv.staff);
            load = manager >= 0 ? caseLoads.get(manager) : maiaCaseLoads.get(world.maiaCaseManagers.indexOf(inv.staff));
        }
        int last = inv.end == null ? load.length - 1 : Math.min(load.length - 1, dayIndex(inv.end));
        for (int day = dayIndex(inv.start); day <= last; day++) {
            load[day]++;
        }
    }

    private int dayIndex(LocalDate date) {
        return (int) Math.max(0, date.toEpochDay() - firstDay.toEpochDay());
    }

    private static LocalDate maxDate(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
