package no.gpsim.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.gpsim.scenario.BasicGrantConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.ParamValues;
import org.junit.jupiter.api.Test;

class GrantsTest {

    private static FundingConfig funding(Object... keyValues) {
        ParamValues v = ParamValues.defaults();
        for (int i = 0; i < keyValues.length; i += 2) {
            v = v.with((no.gpsim.scenario.Key<?>) keyValues[i], keyValues[i + 1]);
        }
        return FundingConfig.from(v);
    }

    @Test
    void breakpointRatesOf2022() {
        // "2022-07: 675 / 544 up to 2,500 patients": a list of 1,200 earns 675 x 1,000 + 544 x 200
        BasicGrantConfig c = funding(BasicGrantConfig.MODEL, "breakpoint", BasicGrantConfig.RATE_BELOW, 675.0,
                BasicGrantConfig.RATE_ABOVE, 544.0, BasicGrantConfig.BREAKPOINT, 1000L).basicGrant();
        assertEquals(783_800, BasicGrant.annual(c, 1200, 1.0), 1e-9);
        assertEquals(675 * 800, BasicGrant.annual(c, 800, 1.0), 1e-9);
        // nothing is paid beyond 2,500 patients
        assertEquals(675 * 1000 + 544 * 1500, BasicGrant.annual(c, 3000, 1.0), 1e-9);
    }

    @Test
    void flatAndPatientAdjustedGrants() {
        BasicGrantConfig flat = funding(BasicGrantConfig.MODEL, "flat", BasicGrantConfig.FLAT_RATE, 499.0).basicGrant();
        assertEquals(499 * 1000, BasicGrant.annual(flat, 1000, 3.0), 1e-9, "the flat grant ignores age weights");
        BasicGrantConfig adjusted = funding().basicGrant();
        assertEquals(841.80 * 1.2 * 1000, BasicGrant.annual(adjusted, 1000, 1.2), 1e-6);
        assertEquals(841.80, BasicGrant.referenceRate(adjusted), 1e-9);
    }

    @Test
    void startGrantEligibility() {
        // "a self-employed GP with fewer than 500 patients, a cap above 500 and a contract younger
        // than 24 months is paid the basic grant as if the list held 500"
        FundingConfig f = funding();
        assertTrue(StartGrant.eligible(f, 300, 800, 10));
        assertFalse(StartGrant.eligible(f, 500, 800, 10), "500 patients is not fewer than 500");
        assertFalse(StartGrant.eligible(f, 300, 500, 10), "a cap of 500 is not above 500");
        assertFalse(StartGrant.eligible(f, 300, 800, 24), "a contract of 24 months is not younger than 24");
        assertEquals(841.80 * 200, StartGrant.annualTopUp(f, 300, 800, 10, 1.0), 1e-6);
        FundingConfig off = funding(FundingConfig.START_GRANT, false);
        assertEquals(0, StartGrant.annualTopUp(off, 300, 800, 10, 1.0));
    }

    @Test
    void equalisationGrantTopsUpShortListsInSmallMunicipalities() {
        // "in municipalities under 5,000 inhabitants whose mean list is under 1,200, self-employed
        // GPs get the basic grant for (1,200 - mean list) extra patients"
        FundingConfig f = funding();
        assertEquals(841.80 * 600, EqualisationGrant.annualPerGp(f, 3000, 600), 1e-6);
        assertEquals(0, EqualisationGrant.annualPerGp(f, 5000, 600), "5,000 inhabitants is not under 5,000");
        assertEquals(0, EqualisationGrant.annualPerGp(f, 3000, 1200));
        FundingConfig breakpoint = funding(BasicGrantConfig.MODEL, "breakpoint");
        assertEquals(675 * 200, EqualisationGrant.annualPerGp(breakpoint, 3000, 1000), 1e-6,
                "missing patients are paid at the rate below the breakpoint");
    }

    @Test
    void accountSplitsMoneyBetweenGpStateAndMunicipality() {
        var p = no.gpsim.scenario.Parameters.defaults();
        PracticeAccount self = PracticeAccount.of(p, true, 1000, 1.0, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        double fees = 3000 * 610.0;
        double costs = 350_000 + 3000 * 220.0;
        double municipalPay = 2 * 46 * 700.0;
        double oncallPay = 5 * 52 * 450.0;
        assertEquals(841_800 + fees - costs + municipalPay + oncallPay, self.gpNetIncome(), 1e-6);
        assertEquals(841_800 + 0.75 * fees, self.stateCost(0.75), 1e-6);
        assertEquals(municipalPay + oncallPay, self.municipalCost(), 1e-6);

        PracticeAccount salaried = PracticeAccount.of(p, false, 1000, 1.0, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        assertEquals(1_300_000 + oncallPay, salaried.gpNetIncome(), 1e-6);
        assertEquals(1_300_000 + costs + oncallPay - 841_800 - fees, salaried.municipalCost(), 1e-6);
    }
}
