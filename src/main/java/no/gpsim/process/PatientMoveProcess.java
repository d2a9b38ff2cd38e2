package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.scenario.DemographyConfig;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 8, patient moves within a municipality: each month a share of the patients on lists
 * without a GP move to held lists with room, and a share of the patients on held lists switch to
 * another GP with room. Switching is what fills the list of a newly recruited GP.
 *
 * <p>The month's movers of a municipality are pooled and placed on the held lists that had room
 * at the start of the step, in random order, so a month costs one pass over the lists.
 */
public final class PatientMoveProcess implements Steppable {

    /** Scratch, grown as needed: indices of a municipality's vacant lists, then of its held lists, in list order. */
    private int[] vacantLists = new int[0];
    private int[] heldLists = new int[0];

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        DemographyConfig d = sim.parameters().demography();
        double switchRate = d.switchRatePerYear() / 12;
        List<PatientList> targets = new ArrayList<>();
        int[] pool = new int[AgeGroups.COUNT];
        int[] moving = new int[AgeGroups.COUNT];
        for (Municipality m : sim.municipalities()) {
            // draws keyed by the municipality and the month (common random numbers)
            MersenneTwisterFast r = sim.streams().local(Streams.Purpose.MOVES, sim.monthsDone(), m.index());
            targets.clear();
            int n = m.listCount();
            if (vacantLists.length < n) {
                // with room to spare, as demography's: the largest municipality opens a list now and then
                vacantLists = new int[n + n / 4 + 8];
                heldLists = new int[vacantLists.length];
            }
            // one pass over the lists: the targets, and the vacant and held lists the movers come
            // from (moving patients changes no list's holder, so the sets stay as found)
            int vacant = 0;
            int held = 0;
            long room = 0;
            for (int k = 0; k < n; k++) {
                PatientList list = m.list(k);
                if (list.isVacant()) {
                    vacantLists[vacant++] = k;
                } else {
                    heldLists[held++] = k;
                    if (list.room() > 0) {
                        targets.add(list);
                        room += list.room();
                    }
                }
            }
            if (room == 0) {
                continue;
            }
            room = collect(m, vacantLists, vacant, d.moveRatePerMonth(), room, pool, moving, r);
            if (switchRate > 0 && room > 0) {
                collect(m, heldLists, held, switchRate, room, pool, moving, r);
            }
            if (pool[0] + pool[1] + pool[2] + pool[3] > 0) {
                Draws.shuffle(r, targets);
                PatientPlacement.fillInOrder(targets, pool);
            }
        }
    }

    /**
     * Takes a share of the patients of the given lists of the municipality (its vacant or its held
     * lists, in list order) into the pool, never more than the room available; returns the room left.
     */
    private static long collect(Municipality m, int[] lists, int count, double rate, long room, int[] pool,
                                int[] moving, MersenneTwisterFast r) {
        for (int j = 0; j < count && room > 0; j++) {
            PatientList list = m.list(lists[j]);
            if (list.size() == 0) {
                continue;
            }
            int k = (int) Math.min(room, Draws.stochasticRound(r, list.size() * rate));
            if (k == 0) {
                continue;
            }
            list.removeShare(k, moving);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                pool[a] += moving[a];
            }
            room -= k;
        }
        return room;
    }
}
