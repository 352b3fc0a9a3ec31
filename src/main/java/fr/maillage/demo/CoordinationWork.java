package fr.maillage.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import fr.maillage.demo.BundleSpec.Setting;
import fr.maillage.vocabulary.Funder;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.MeetingTable;
import fr.maillage.vocabulary.StructureType;

/**
 * The work of coordination of a generated territory (contract v1.2): the meetings of its tables
 * stratégique and tactique over the history, held by its coordination body of the day (the MAIA,
 * then the DAC), and the yearly fundings of its coordination structures (the compte consolidé).
 * Drawn after every story, so that adding it left the persons' stories as they were.
 *
 * <p>Tables meet on the second Tuesday of a month: the strategic one every quarter in town and
 * every four months in the countryside, the tactical one every month but August in town and
 * every other month in the countryside. Members come as their seat's weight says: most
 * strategic members, fewer home-help services and EHPAD than CLIC or SSIAD at the tactical one.
 *
 * <p>Amounts are the demo's orders of magnitude, not published figures (docs/demo-territory.md):
 * the DAC from the ARS's regional fund (FIR) for coordination, its case managers and its
 * pilotage, co-funded by the département; the CLIC by the département (since 2005), its commune
 * and a caisse de retraite's prevention credits; the réseau de santé by the FIR until its
 * absorption; the CPTS by the assurance maladie. A structure open part of a year gets that share.
 */
final class CoordinationWork {

    private final TerritoryWorld world;
    private final BundleSpec spec;
    private final SplittableRandom random;
    private final CsvBundleWriter out;

    CoordinationWork(TerritoryWorld world, BundleSpec spec, SplittableRandom random, CsvBundleWriter out) {
        this.world = world;
        this.spec = spec;
        this.random = random;
        this.out = out;
    }

    void run() {
        meetings();
        fundings();
    }

    private void meetings() {
        LocalDate ref = spec.referenceDate();
        boolean urban = world.spec().setting() == Setting.URBAN;
        int held = 0;
        for (LocalDate month = ref.minusDays(spec.historyDays()).withDayOfMonth(1).plusMonths(1);
             !month.isAfter(ref); month = month.plusMonths(1)) {
            LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            Site body = body(day);
            if (day.isAfter(ref) || body == null) {
                continue;
            }
            int m = month.getMonthValue();
            if (m % (urban ? 3 : 4) == 0) {
                held = meeting(held, day, MeetingTable.STRATEGIQUE, body, world.strategicTable());
            }
            if (month.getMonth() != Month.AUGUST && (urban || m % 2 == 1)) {
                held = meeting(held, day.plusDays(2), MeetingTable.TACTIQUE, body, world.tacticalTable());
            }
        }
    }

    /** The MAIA while it lasts, then the DAC; none before either opened. */
    private Site body(LocalDate day) {
        Site maia = world.maia();
        if (maia != null && maia.openOn(day)) {
            return maia;
        }
        Site dac = world.dac();
        return dac != null && dac.openOn(day) ? dac : null;
    }

    private int meeting(int held, LocalDate day, MeetingTable table, Site body, List<Site> members) {
        List<String> present = new ArrayList<>(List.of(body.id));
        for (Site member : members) {
            if (member.openOn(day) && random.nextDouble() < attendance(table, member)) {
                present.add(member.id);
            }
        }
        int id = held + 1;
        out.row("meetings.csv", String.format(Locale.ROOT, "%s-reunion-%03d", world.spec().id(), id), day, table,
                world.spec().id(), present, null);
        return id;
    }

    private double attendance(MeetingTable table, Site member) {
        if (table == MeetingTable.STRATEGIQUE) {
            return member == world.shared().ars() ? 0.7 : 0.85;
        }
        return switch (member.type()) {
            case SAAD, EHPAD -> 0.45;
            default -> 0.75;
        };
    }

    private void fundings() {
        LocalDate ref = spec.referenceDate();
        long aged = world.spec().population75Plus();
        for (int year = ref.minusDays(spec.historyDays()).getYear(); year <= ref.getYear(); year++) {
            double growth = Math.pow(1.02, year - 2024);
            Site dac = world.dac();
            fund(dac, year, Funder.ARS, FundingPurpose.COORDINATION, 38.0 * aged * growth);
            fund(dac, year, Funder.ARS, FundingPurpose.GESTION_DE_CAS, 62_000.0 * world.caseManagers.size() * growth);
            fund(dac, year, Funder.ARS, FundingPurpose.PILOTAGE, 75_000.0 * growth);
            fund(dac, year, Funder.DEPARTEMENT, FundingPurpose.COORDINATION, 6.0 * aged * growth);
            for (Site clic : world.byType().getOrDefault(StructureType.CLIC, List.of())) {
                fund(clic, year, Funder.DEPARTEMENT, FundingPurpose.COORDINATION, 14.0 * aged * growth);
                fund(clic, year, Funder.COMMUNE, FundingPurpose.COORDINATION, 3.0 * aged * growth);
                fund(clic, year, Funder.CAISSE_RETRAITE, FundingPurpose.AUTRE, 15_000.0 * growth);
            }
            for (Site reseau : world.byType().getOrDefault(StructureType.RESEAU_SANTE, List.of())) {
                fund(reseau, year, Funder.ARS, FundingPurpose.COORDINATION, 160_000.0 * growth);
            }
            for (Site cpts : world.byType().getOrDefault(StructureType.CPTS, List.of())) {
                fund(cpts, year, Funder.ASSURANCE_MALADIE, FundingPurpose.COORDINATION, 55_000.0 * growth);
            }
        }
    }

    private void fund(Site site, int year, Funder funder, FundingPurpose purpose, double yearly) {
        if (site == null) {
            return;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = site.opened != null && site.opened.isAfter(first) ? site.opened : first;
        LocalDate to = site.closed != null && site.closed.isBefore(last) ? site.closed : last;
        if (to.isBefore(from)) {
            return;
        }
        double share = (to.toEpochDay() - from.toEpochDay() + 1) / (double) (last.toEpochDay() - first.toEpochDay() + 1);
        long amount = Math.round(yearly * share * (0.95 + 0.1 * random.nextDouble()) / 100.0) * 100;
        if (amount > 0) {
            out.row("fundings.csv", site.id, year, funder, amount, purpose);
        }
    }
}
