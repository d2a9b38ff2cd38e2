package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Apportion;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;

/**
 * Moves patients between lists of one municipality without losing or doubling anyone. Patients
 * go first to held lists with room, then to vacant lists with room; when no list has room the
 * municipality opens a new list (MODEL.md 3, step 6), whose patients are then without a GP until
 * it is filled.
 */
final class PatientPlacement {

    private PatientPlacement() {
    }

    /**
     * Takes {@code count} patients from a pool by age group, in proportion to the pool (largest
     * remainder, ties to the younger group, {@link Apportion#shares}), removes them from it and
     * writes them to {@code out}.
     */
    static void take(int[] pool, int count, int[] out) {
        long total = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            total += pool[a];
        }
        if (count > total) {
            throw new IllegalArgumentException("cannot take " + count + " of " + total + " patients");
        }
        Apportion.shares(pool, total, count, out);
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            pool[a] -= out[a];
        }
    }

    /**
     * Places patients on the municipality's lists other than {@code exclude}: held lists with room
     * in random order, then vacant lists with room, then new lists.
     */
    static void place(GpSim sim, Municipality m, int[] patients, PatientList exclude, MersenneTwisterFast r) {
        int[] pool = patients.clone();
        int left = 0;
        for (int n : pool) {
            left += n;
        }
        if (left == 0) {
            return;
        }
        List<PatientList> targets = sim.scratchLists();
        left = fill(held(m, exclude, true, targets), pool, left, r);
        if (left > 0) {
            left = fill(held(m, exclude, false, targets), pool, left, r);
        }
        while (left > 0) {
            int cap = sim.parameters().employment().newListSize();
            PatientList fresh = sim.openList(m, cap, false);
            fresh.release(r.nextDouble() < sim.parameters().employment().locumCoverShare(), sim.monthsDone());
            int k = Math.min(left, cap);
            int[] part = new int[AgeGroups.COUNT];
            take(pool, k, part);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                fresh.add(a, part[a]);
            }
            left -= k;
        }
    }

    private static List<PatientList> held(Municipality m, PatientList exclude, boolean held, List<PatientList> out) {
        out.clear();
        for (int k = 0; k < m.listCount(); k++) {
            PatientList l = m.list(k);
            if (l != exclude && l.isVacant() != held && l.room() > 0) {
                out.add(l);
            }
        }
        return out;
    }

    /** Fills lists in the given order from the pool until it is empty or the lists are full; returns who is left. */
    static int fillInOrder(List<PatientList> targets, int[] pool) {
        int left = 0;
        for (int n : pool) {
            left += n;
        }
        return fillOrdered(targets, pool, left);
    }

    private static int fill(List<PatientList> targets, int[] pool, int left, MersenneTwisterFast r) {
        if (left == 0 || targets.isEmpty()) {
            return left;
        }
        Draws.shuffle(r, targets);
        return fillOrdered(targets, pool, left);
    }

    private static int fillOrdered(List<PatientList> targets, int[] pool, int left) {
        int[] part = new int[AgeGroups.COUNT];
        for (int j = 0; j < targets.size() && left > 0; j++) {
            PatientList target = targets.get(j);
            int k = Math.min(left, target.room());
            take(pool, k, part);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                target.add(a, part[a]);
            }
            left -= k;
        }
        return left;
    }
}
