package no.gpsim.funding;

import no.gpsim.scenario.FundingConfig;

/** The equalisation grant (utjamningstilskudd) for GPs in small municipalities with short lists. */
public final class EqualisationGrant {

    private EqualisationGrant() {
    }

    /**
     * NOK per year to each self-employed GP: "in municipalities under 5,000 inhabitants whose mean
     * list is under 1,200, self-employed GPs get the basic grant for (1,200 - mean list) extra
     * patients".
     */
    public static double annualPerGp(FundingConfig f, long municipalPopulation, double meanListLength) {
        if (!f.equalisationEnabled() || municipalPopulation >= f.equalisationMaxPopulation()
                || meanListLength >= f.equalisationListTarget()) {
            return 0;
        }
        return BasicGrant.referenceRate(f.basicGrant()) * (f.equalisationListTarget() - meanListLength);
    }
}
