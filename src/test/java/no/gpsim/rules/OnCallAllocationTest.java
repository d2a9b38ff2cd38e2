package no.gpsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.gpsim.scenario.Key;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.ParamValues;
import org.junit.jupiter.api.Test;

class OnCallAllocationTest {

    private static OnCallConfig config(Object... keyValues) {
        ParamValues v = ParamValues.defaults().with(OnCallConfig.MAX_HOURS, null);
        for (int i = 0; i < keyValues.length; i += 2) {
            v = v.with((Key<?>) keyValues[i], keyValues[i + 1]);
        }
        return OnCallConfig.from(v);
    }

    @Test
    void linesGrowWithPopulation() {
        OnCallConfig c = config();
        assertEquals(1, OnCallAllocation.lines(500, c));
        assertEquals(1, OnCallAllocation.lines(25_000, c));
        assertEquals(2, OnCallAllocation.lines(25_001, c));
    }

    @Test
    void splitsEquallyOverEligibleGpsWithBackUp() {
        // a rural district (centrality 6, GP share 1.0): 128 h a week, 3 qualified + 1 unqualified.
        // "GP on-call hours are split equally among the district's eligible GPs ... back-up hours =
        // 0.5 x the unqualified doctor's on-call hours, shared by qualified GPs"
        OnCallAllocation a = OnCallAllocation.allocate(config(), 3000, 6, 3, 1, true);
        assertEquals(128, a.gpHours(), 1e-9);
        assertEquals(32, a.unqualifiedHours(), 1e-9);
        assertEquals(32 + 0.5 * 32 / 3, a.qualifiedHours(), 1e-9);
        assertEquals(0, a.dedicatedHours(), 1e-9);
    }

    @Test
    void lis1SufficientRemovesBackUp() {
        OnCallAllocation a = OnCallAllocation.allocate(config(OnCallConfig.LIS1_SUFFICIENT, true), 3000, 6, 3, 1, true);
        assertEquals(32, a.qualifiedHours(), 1e-9);
        assertEquals(32, a.unqualifiedHours(), 1e-9);
    }

    @Test
    void centralDistrictsLeaveMostHoursToDedicatedStaff() {
        // centrality 1: GPs work 60 % of the rota; 100,000 inhabitants need 4 lines of 128 h
        OnCallAllocation a = OnCallAllocation.allocate(config(), 100_000, 1, 100, 0, true);
        assertEquals(512, a.rotaHours(), 1e-9);
        assertEquals(512 * 0.6, a.gpHours(), 1e-9);
        assertEquals(512 * 0.4, a.dedicatedHours(), 1e-9);
        assertEquals(512 * 0.6 / 100, a.qualifiedHours(), 1e-9);
    }

    @Test
    void capSendsExcessToDedicatedStaff() {
        OnCallAllocation a = OnCallAllocation.allocate(config(OnCallConfig.MAX_HOURS, 20.0), 3000, 6, 2, 0, true);
        assertEquals(20, a.qualifiedHours(), 1e-9);
        assertEquals(128 - 40, a.dedicatedHours(), 1e-9);
    }

    @Test
    void noEligibleGpMeansStaffWorkEverything() {
        OnCallAllocation a = OnCallAllocation.allocate(config(), 3000, 6, 0, 0, true);
        assertEquals(128, a.dedicatedHours(), 1e-9);
        assertEquals(0, a.qualifiedHours(), 1e-9);
    }

    @Test
    void unqualifiedOnlyDistrictHiresBackUp() {
        OnCallAllocation a = OnCallAllocation.allocate(config(), 3000, 6, 0, 2, true);
        assertEquals(64, a.unqualifiedHours(), 1e-9);
        assertEquals(0.5 * 64 * 2, a.dedicatedHours(), 1e-9);
    }

    @Test
    void districtPackageTakesHoursInRuralDistrictsOnly() {
        OnCallConfig c = config(OnCallConfig.PACKAGE, true);
        OnCallAllocation rural = OnCallAllocation.allocate(c, 3000, 5, 4, 0, true);
        assertEquals(40, rural.packageHours(), 1e-9);
        assertEquals((128 - 40) / 4.0, rural.qualifiedHours(), 1e-9);
        OnCallAllocation central = OnCallAllocation.allocate(c, 3000, 4, 4, 0, true);
        assertEquals(0, central.packageHours(), 1e-9);
    }
}
