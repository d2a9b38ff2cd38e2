package no.gpsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.gpsim.scenario.BehaviourConfig;
import no.gpsim.scenario.ParamValues;
import org.junit.jupiter.api.Test;

class CapChoiceTest {

    private final BehaviourConfig b = BehaviourConfig.from(ParamValues.defaults());

    @Test
    void utilityIsLogIncomeMinusSquaredExcessHours() {
        // "w_income * ln(net income) - w_hours * max(0, total hours - preferred hours)^2"
        assertEquals(Math.log(1_500_000) - 0.0015 * 25, CapChoice.utility(1, 0.0015, 50, 1_500_000, 55), 1e-12);
        assertEquals(Math.log(1_500_000), CapChoice.utility(1, 0.0015, 50, 1_500_000, 40), 1e-12);
        assertEquals(Math.log(CapChoice.MIN_INCOME), CapChoice.utility(1, 0.0015, 50, -5, 40), 1e-12);
    }

    /** Utility of a cap for a GP with a given fixed load: each 100 patients add 200,000 NOK and 4 hours. */
    private int choose(double fixedHours) {
        return CapChoice.choose(b, cap -> CapChoice.utility(1, b.hoursWeight(), 50, 2000 * cap, 4 * cap / 100.0 + fixedHours));
    }

    @Test
    void heavierOnCallLowersTheChosenCap() {
        int light = choose(3);
        int heavy = choose(20);
        assertTrue(heavy < light, "cap with heavy duty " + heavy + " vs light " + light);
        assertTrue(light >= b.capMin() && light <= b.capMax() && light % b.capStep() == 0);
    }

    @Test
    void choosesTheGridMaximum() {
        assertEquals(b.capMax(), CapChoice.choose(b, cap -> cap));
        assertEquals(b.capMin(), CapChoice.choose(b, cap -> -cap));
        assertEquals(1200, CapChoice.choose(b, cap -> -Math.abs(cap - 1210)));
    }
}
