package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.Map;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Apportion;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.scenario.DemographyConfig;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, demography, every month: each age group of each municipality grows or shrinks by a
 * twelfth of its yearly rate plus the centrality shift (compounded: (1 + rate)^(1/12)), or, where
 * the projection file has a row for next January, moves towards it in twelve equal monthly steps.
 * Spreading the change over the months keeps the share without a GP free of a January jump. New
 * residents join lists with room; residents who leave are taken from the lists in proportion to
 * each list's patients of that age.
 */
public final class DemographyProcess implements Steppable {

    /** Scratch arrays for the monthly splits of leavers over a municipality's lists, grown as needed. */
    private double[][] weights = new double[AgeGroups.COUNT][0];
    private long[][] parts = new long[AgeGroups.COUNT][0];
    private double[] remainders = new double[0];
    private final long[] leaving = new long[AgeGroups.COUNT];

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        DemographyConfig d = sim.parameters().demography();
        int year = sim.month().getYear();
        // the monthly factor of the growth rates, by centrality class and age group: worked out once a month
        double[][] monthly = new double[6][AgeGroups.COUNT];
        for (int c = 0; c < 6; c++) {
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                monthly[c][a] = StrictMath.pow(Math.max(0, 1 + d.growth(a, c + 1)), 1.0 / 12);
            }
        }
        for (Municipality m : sim.municipalities()) {
            // draws keyed by the municipality and the month (common random numbers)
            MersenneTwisterFast r = sim.streams().local(Streams.Purpose.DEMOGRAPHY, sim.monthsDone(), m.index());
            Map<Integer, long[]> projection = sim.inputs().projection().get(m.code());
            int[] arrivals = new int[AgeGroups.COUNT];
            boolean anyLeave = false;
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                long current = m.population(a);
                double factor = monthly[m.centrality() - 1][a];
                if (projection != null && projection.containsKey(year + 1)) {
                    long[] previous = projection.getOrDefault(year, null);
                    double base = previous != null ? previous[a] : m.data().residentsByAge()[a];
                    factor = StrictMath.pow(Math.max(0, base > 0 ? projection.get(year + 1)[a] / base : 1), 1.0 / 12);
                }
                long target = Math.max(0, Draws.stochasticRound(r, current * factor));
                long delta = target - current;
                if (delta > 0) {
                    arrivals[a] = (int) delta;
                    m.changePopulation(a, delta);
                    leaving[a] = 0;
                } else {
                    leaving[a] = -delta;
                    anyLeave |= delta < 0;
                }
            }
            if (anyLeave) {
                removeResidents(m);
            }
            PatientPlacement.place(sim, m, arrivals, null, r);
        }
    }

    /**
     * Takes the month's leavers ({@link #leaving}, by age group) from the lists, each age group in
     * proportion to each list's patients of that age: one pass reads the lists, one removes. An age
     * group's split depends only on the patients of that age, so splitting all of them from one
     * reading gives what splitting them one after the other would.
     */
    private void removeResidents(Municipality m) {
        int n = m.listCount();
        if (remainders.length < n) {
            // with room to spare: the largest municipality opens a list now and then
            int length = n + n / 4 + 8;
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                weights[a] = new double[length];
                parts[a] = new long[length];
            }
            remainders = new double[length];
        }
        for (int i = 0; i < n; i++) {
            PatientList list = m.list(i);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                if (leaving[a] > 0) {
                    weights[a][i] = list.patients(a);
                }
            }
        }
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            if (leaving[a] > 0) {
                Apportion.split(leaving[a], weights[a], n, parts[a], remainders);
            }
        }
        for (int i = 0; i < n; i++) {
            PatientList list = m.list(i);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                if (leaving[a] > 0) {
                    list.remove(a, (int) parts[a][i]);
                }
            }
        }
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            if (leaving[a] > 0) {
                m.changePopulation(a, -leaving[a]);
            }
        }
    }
}
