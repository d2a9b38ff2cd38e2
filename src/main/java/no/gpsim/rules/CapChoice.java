package no.gpsim.rules;

import java.util.function.IntToDoubleFunction;
import no.gpsim.model.Fdlibm;
import no.gpsim.scenario.BehaviourConfig;

/**
 * The yearly list-cap choice (docs/MODEL.md 7.4): the cap on the grid that maximises
 * {@code incomeWeight * ln(net income) - hoursWeight * max(0, total hours - preferred hours)^2}.
 */
public final class CapChoice {

    /** Net income is floored here before the logarithm, so a loss-making list is very bad but finite. */
    public static final double MIN_INCOME = 100_000;

    private CapChoice() {
    }

    /** The GP's utility of a year with this net income and these total weekly hours. */
    public static double utility(double incomeWeight, double hoursWeight, double preferredHours, double netIncome,
                                 double totalHours) {
        return utilityOfLog(incomeWeight, hoursWeight, preferredHours, logIncome(netIncome), totalHours);
    }

    /** ln of the net income as the utility takes it (floored at {@link #MIN_INCOME}). */
    public static double logIncome(double netIncome) {
        return Fdlibm.log(Math.max(MIN_INCOME, netIncome));
    }

    /**
     * The same utility from {@link #logIncome} of the net income, for callers that weigh one
     * income against many doctors' preferences and work its logarithm out once.
     */
    public static double utilityOfLog(double incomeWeight, double hoursWeight, double preferredHours, double logIncome,
                                      double totalHours) {
        double excess = Math.max(0, totalHours - preferredHours);
        return incomeWeight * logIncome - hoursWeight * excess * excess;
    }

    /**
     * The best cap on the grid; ties go to the lower cap.
     *
     * @param utilityOfCap utility of choosing a cap
     */
    public static int choose(BehaviourConfig b, IntToDoubleFunction utilityOfCap) {
        return choose(b, b.capMax(), utilityOfCap);
    }

    /**
     * The best cap on the grid up to {@code maxCap} (a list norm); ties go to the lower cap. The
     * lowest cap is always allowed.
     *
     * @param utilityOfCap utility of choosing a cap
     */
    public static int choose(BehaviourConfig b, int maxCap, IntToDoubleFunction utilityOfCap) {
        int best = b.capMin();
        double bestUtility = Double.NEGATIVE_INFINITY;
        for (int cap = b.capMin(); cap <= Math.max(b.capMin(), maxCap); cap += b.capStep()) {
            double u = utilityOfCap.applyAsDouble(cap);
            if (u > bestUtility) {
                best = cap;
                bestUtility = u;
            }
        }
        return best;
    }
}
