package no.gpsim.scenario;

import java.util.List;

/**
 * A list norm (docs/MODEL.md 7.4): a maximum list set by the state or the municipality, with
 * compensation for the income a GP loses by holding a shorter list than it would choose.
 *
 * @param maxList the largest cap a GP may choose; 0 for no norm
 * @param compensationShare share of the income lost that is compensated
 * @param paidBy who pays the compensation: "state" or "municipality"
 */
public record ListNormConfig(int maxList, double compensationShare, String paidBy) {

    public static final Key<Long> MAX_LIST = Key.integer("listNorm.maxList", 0, 2_500, 0)
            .unit("patients").doc("a maximum list: no GP may choose a cap above it (GPs above it come down at their "
                    + "next yearly cap review, new GPs at once); 0 for no norm")
            .source("[lever] seed 004: \"regulering av listelengde\" and \"redusere gjennomsnittlig listelengde\"")
            .build();
    public static final Key<Double> COMPENSATION = Key.real("listNorm.compensationShare", 0, 1, 1.0)
            .unit("share of the income lost").doc("a GP held below the cap it would choose is paid this share of the "
                    + "net income it loses (its income at the cap it would choose less its income at the norm), "
                    + "reassessed at each cap review; candidates count it when they value a post")
            .source("[lever]")
            .activeWhen("listNorm.maxList is above 0", v -> v.get(MAX_LIST) > 0).build();
    public static final Key<String> PAID_BY = Key.choice("listNorm.paidBy", "state", "state", "municipality")
            .doc("who pays the compensation: the state (a national norm) or the municipality (its own norm)")
            .source("[lever]")
            .activeWhen("listNorm.maxList is above 0", v -> v.get(MAX_LIST) > 0).build();

    public static final List<Key<?>> KEYS = List.of(MAX_LIST, COMPENSATION, PAID_BY);

    public static ListNormConfig from(ParamValues v) {
        return new ListNormConfig(v.getInt(MAX_LIST), v.get(COMPENSATION), v.get(PAID_BY));
    }

    /** Whether a norm is in force. */
    public boolean active() {
        return maxList > 0;
    }

    /** The largest cap allowed: the norm, or {@code capMax} without one. */
    public int capLimit(int capMax) {
        return active() ? Math.min(capMax, maxList) : capMax;
    }

    /** Whether the municipality (else the state) pays the compensation. */
    public boolean municipalityPays() {
        return "municipality".equals(paidBy);
    }
}
