package no.gpsim.funding;

import no.gpsim.scenario.FundingConfig;

/** The start grant (grunntilskudd, from 2020) for new self-employed GPs with short lists. */
public final class StartGrant {

    private StartGrant() {
    }

    /**
     * Whether a self-employed GP qualifies: "a GP with fewer than 500 patients, a cap above 500 and
     * a contract younger than 24 months is paid the basic grant as if the list held 500". The list
     * threshold and the cap condition are separate keys ({@code listThreshold}, {@code minCap}), so
     * raising the threshold does not also raise the cap a GP needs.
     */
    public static boolean eligible(FundingConfig f, double listSize, int cap, int contractMonths) {
        return f.startGrantEnabled() && listSize < f.startGrantThreshold() && cap > f.startGrantMinCap()
                && contractMonths < f.startGrantMaxContractMonths();
    }

    /** NOK per year on top of the ordinary basic grant: the grant for the threshold minus the grant for the list. */
    public static double annualTopUp(FundingConfig f, double listSize, int cap, int contractMonths, double meanWeight) {
        if (!eligible(f, listSize, cap, contractMonths)) {
            return 0;
        }
        return BasicGrant.annual(f.basicGrant(), f.startGrantThreshold(), meanWeight)
                - BasicGrant.annual(f.basicGrant(), listSize, meanWeight);
    }
}
