package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 8, patient moves: each month a share of the patients on lists without a GP move to
 * held lists with room in the same municipality.
 */
public final class PatientMoveProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        double rate = sim.parameters().demography().moveRatePerMonth();
        MersenneTwisterFast r = sim.streams().moves();
        for (Municipality m : sim.municipalities()) {
            long room = 0;
            boolean unserved = false;
            for (PatientList list : m.lists()) {
                if (list.isVacant()) {
                    unserved |= list.size() > 0;
                } else {
                    room += list.room();
                }
            }
            if (!unserved || room == 0) {
                continue;
            }
            for (PatientList list : m.lists()) {
                if (!list.isVacant() || list.size() == 0 || room == 0) {
                    continue;
                }
                int k = (int) Math.min(room, Draws.stochasticRound(r, list.size() * rate));
                if (k == 0) {
                    continue;
                }
                int[] moving = PatientPlacement.removeFrom(list, k);
                int left = PatientPlacement.placeOnHeld(m, moving, r);
                if (left > 0) {
                    throw new IllegalStateException("patients without room after a move in " + m.code());
                }
                room -= k;
            }
        }
    }
}
