package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.scenario.DemographyConfig;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 8, patient moves within a municipality: each month a share of the patients on lists
 * without a GP move to held lists with room, and a share of the patients on held lists switch to
 * another GP with room. Switching is what fills the list of a newly recruited GP.
 */
public final class PatientMoveProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        DemographyConfig d = sim.parameters().demography();
        MersenneTwisterFast r = sim.streams().moves();
        for (Municipality m : sim.municipalities()) {
            long room = 0;
            for (PatientList list : m.lists()) {
                if (!list.isVacant()) {
                    room += list.room();
                }
            }
            if (room == 0) {
                continue;
            }
            room = move(m, room, true, d.moveRatePerMonth(), r);
            if (room > 0 && d.switchRatePerYear() > 0) {
                move(m, room, false, d.switchRatePerYear() / 12, r);
            }
        }
    }

    /** Moves a share of the patients of vacant (or held) lists to held lists with room; returns the room left. */
    private static long move(Municipality m, long room, boolean fromVacant, double rate, MersenneTwisterFast r) {
        List<PatientList> sources = new ArrayList<>();
        for (PatientList list : m.lists()) {
            if (list.isVacant() == fromVacant && list.size() > 0) {
                sources.add(list);
            }
        }
        for (PatientList list : sources) {
            if (room == 0) {
                break;
            }
            int k = (int) Math.min(room, Draws.stochasticRound(r, list.size() * rate));
            if (k == 0) {
                continue;
            }
            int[] moving = PatientPlacement.removeFrom(list, k);
            int left = PatientPlacement.placeOnHeld(m, moving, list, r);
            if (left > 0) {
                for (int a = 0; a < moving.length; a++) {
                    list.add(a, moving[a]);
                }
            }
            room -= k - left;
        }
        return room;
    }
}
