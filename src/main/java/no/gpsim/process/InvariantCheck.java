package no.gpsim.process;

import no.gpsim.model.AgeGroups;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.InvariantViolation;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.PatientList;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs after the processes each month (and on the initial state) and stops the run if the state
 * has gone wrong: patients not conserved, a negative count, a list holding a GP that holds
 * another list, a NaN or infinite hour or income figure, or an on-call district whose running
 * count of residents differs from its municipalities'.
 */
public final class InvariantCheck implements Steppable {

    @Override
    public void step(SimState state) {
        check((GpSim) state);
    }

    public static void check(GpSim sim) {
        String month = sim.monthsDone() == 0 ? "the initial state" : sim.month().toString();
        long[] onLists = new long[AgeGroups.COUNT];
        for (Municipality m : sim.municipalities()) {
            java.util.Arrays.fill(onLists, 0);
            for (int k = 0; k < m.listCount(); k++) {
                PatientList list = m.list(k);
                int size = 0;
                for (int a = 0; a < AgeGroups.COUNT; a++) {
                    int n = list.patients(a);
                    if (n < 0) {
                        throw new InvariantViolation(m, month, "negative patient count on list " + list.id());
                    }
                    onLists[a] += n;
                    size += n;
                }
                if (size != list.size()) {
                    throw new InvariantViolation(m, month, "list " + list.id() + " size " + list.size()
                            + " differs from its patients " + size);
                }
                if (list.cap() < 0) {
                    throw new InvariantViolation(m, month, "negative cap on list " + list.id());
                }
                Gp gp = list.holder();
                if (gp != null) {
                    if (gp.list() != list) {
                        throw new InvariantViolation(m, month, "GP " + gp.id() + " is holder of list " + list.id()
                                + " but holds another");
                    }
                    if (!Double.isFinite(gp.totalHours()) || !Double.isFinite(gp.netIncome())) {
                        throw new InvariantViolation(m, month, "GP " + gp.id() + " has hours " + gp.totalHours()
                                + " and income " + gp.netIncome());
                    }
                }
            }
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                if (m.population(a) < 0) {
                    throw new InvariantViolation(m, month, "negative population aged " + AgeGroups.LABELS[a]);
                }
                if (onLists[a] != m.population(a)) {
                    throw new InvariantViolation(m, month, "patients not conserved: " + onLists[a] + " on lists aged "
                            + AgeGroups.LABELS[a] + " but the population is " + m.population(a));
                }
            }
        }
        for (OnCallDistrict d : sim.districts()) {
            long residents = 0;
            for (Municipality m : d.members()) {
                residents += m.population();
            }
            if (residents != d.population()) {
                throw new InvariantViolation(d.members().get(0), month, "on-call district " + d.id() + " counts "
                        + d.population() + " residents but its municipalities have " + residents);
            }
        }
        if (!Double.isFinite(sim.tally().municipalCost()) || !Double.isFinite(sim.tally().stateCost())) {
            throw new InvariantViolation(null, month, "cost totals are not finite");
        }
    }
}
