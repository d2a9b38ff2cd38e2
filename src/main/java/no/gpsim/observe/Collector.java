package no.gpsim.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.Tally;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Reads the model at the end of every month and keeps what the outputs need: monthly values for
 * the nation, each centrality class and each size class, and year-end values for every
 * municipality. It never changes the model; flows are differences of the model's running totals
 * between two observations.
 */
public final class Collector implements Steppable {

    private static final Metric[] TALLIED = {Metric.RECRUITS, Metric.ENTRANTS, Metric.EXITS_RETIREMENT,
        Metric.EXITS_OTHER, Metric.RELOCATIONS, Metric.OFFERS, Metric.MUNICIPAL_COST_NOK, Metric.STATE_COST_NOK,
        Metric.STATE_TRANSFERS_NOK};
    /** The running totals read from a tally: the tallied metrics, then offers accepted and months to fill. */
    private static final int TOTALS = TALLIED.length + 2;

    private final List<GroupMonth> months = new ArrayList<>();
    private final List<MunicipalityYear> years = new ArrayList<>();
    private double[][] lastMonth;
    private double[][] lastYear;
    // reused every month: the running totals now, and the sums of one municipality
    private final double[] now = new double[TOTALS];
    private final Accumulator month = new Accumulator();
    private final Accumulator own = new Accumulator();

    /** Observes the current state; call once on the initial state, then the schedule calls {@link #step}. */
    public void observe(GpSim sim) {
        List<Municipality> all = sim.municipalities();
        if (lastMonth == null) {
            lastMonth = new double[all.size()][];
            lastYear = new double[all.size()][];
            for (int i = 0; i < all.size(); i++) {
                lastMonth[i] = new double[TOTALS];
                totals(all.get(i).tally(), lastMonth[i]);
                lastYear[i] = lastMonth[i].clone();
            }
        }
        double duty = sim.parameters().onCall().dutyHoursPerWeek();
        Accumulator national = new Accumulator();
        Accumulator[] byCentrality = new Accumulator[6];
        Accumulator[] bySize = new Accumulator[SizeClass.values().length];
        for (int i = 0; i < 6; i++) {
            byCentrality[i] = new Accumulator();
        }
        for (int i = 0; i < bySize.length; i++) {
            bySize[i] = new Accumulator();
        }
        boolean yearEnd = sim.monthsDone() % 12 == 0;
        int year = sim.startMonth().plusMonths(sim.monthsDone() - 1L).getYear();
        for (int i = 0; i < all.size(); i++) {
            Municipality m = all.get(i);
            totals(m.tally(), now);
            month.clear();
            month.addStocks(m, duty);
            if (yearEnd) {
                // the year's row has the month's stocks (taken before the month's flows go in)
                own.clear();
                own.add(month);
            }
            month.setCandidates(sim.candidates().size());
            addFlows(month, now, lastMonth[m.index()]);
            national.add(month);
            byCentrality[m.centrality() - 1].add(month);
            bySize[SizeClass.of(m.data().residents()).ordinal()].add(month);
            if (yearEnd) {
                own.setCandidates(sim.candidates().size());
                addFlows(own, now, lastYear[m.index()]);
                years.add(new MunicipalityYear(year, m.index(), own.values()));
                System.arraycopy(now, 0, lastYear[m.index()], 0, TOTALS);
            }
            System.arraycopy(now, 0, lastMonth[m.index()], 0, TOTALS);
        }
        int step = sim.monthsDone();
        national.setCandidates(sim.candidates().size());
        for (Accumulator a : byCentrality) {
            a.setCandidates(sim.candidates().size());
        }
        for (Accumulator a : bySize) {
            a.setCandidates(sim.candidates().size());
        }
        months.add(new GroupMonth(step, "national", "all", national.values()));
        for (int c = 0; c < 6; c++) {
            months.add(new GroupMonth(step, "centrality", String.valueOf(c + 1), byCentrality[c].values()));
        }
        for (SizeClass s : SizeClass.values()) {
            months.add(new GroupMonth(step, "size", s.label(), bySize[s.ordinal()].values()));
        }
    }

    @Override
    public void step(SimState state) {
        observe((GpSim) state);
    }

    public List<GroupMonth> months() {
        return Collections.unmodifiableList(months);
    }

    public List<MunicipalityYear> years() {
        return Collections.unmodifiableList(years);
    }

    /** Writes a tally's running totals to {@code out}, in the order of {@link #TALLIED}, then accepted and fill months. */
    private static void totals(Tally t, double[] out) {
        out[0] = t.recruits();
        out[1] = t.entrants();
        out[2] = t.exitsRetirement();
        out[3] = t.exitsOther();
        out[4] = t.relocations();
        out[5] = t.offers();
        out[6] = t.municipalCost();
        out[7] = t.stateCost();
        out[8] = t.transfers();
        out[9] = t.accepted();
        out[10] = t.fillMonths();
    }

    /** Adds the flows between two totals: the tallied metrics, then offers accepted and months to fill. */
    private static void addFlows(Accumulator a, double[] now, double[] before) {
        for (int k = 0; k < TALLIED.length; k++) {
            a.addFlow(TALLIED[k], now[k] - before[k]);
        }
        int k = TALLIED.length;
        a.addMarketFlows(now[k] - before[k], now[k + 1] - before[k + 1]);
    }
}
