package no.gpsim.rules;

import no.gpsim.scenario.OnCallConfig;

/**
 * How a district's weekly out-of-hours rota is shared (docs/MODEL.md 7.2).
 *
 * @param rotaHours all doctor-hours of the district's rota per week
 * @param gpHours the part to be worked by list-holding GPs
 * @param packageHours the part taken over by state-funded district-package doctors
 * @param qualifiedHours weekly hours of each eligible qualified GP: own share plus back-up duty, after the cap
 * @param unqualifiedHours weekly hours of each eligible GP not yet qualified to work alone, after the cap
 * @param dedicatedHours weekly hours left to paid staff who hold no list: the non-GP share, hours
 *     no eligible GP can take, and hours above the cap
 */
public record OnCallAllocation(double rotaHours, double gpHours, double packageHours, double qualifiedHours,
                               double unqualifiedHours, double dedicatedHours) {

    /** Duty lines of a district: max(1, ceil(population / populationPerLine)). */
    public static int lines(long population, OnCallConfig c) {
        return (int) Math.max(1, Math.ceil(population / c.populationPerLine()));
    }

    /**
     * Shares the rota of a district.
     *
     * <p>"GP on-call hours are split equally among the district's eligible GPs. A doctor who is not
     * yet qualified to work alone needs a qualified back-up: back-up hours = 0.5 x the unqualified
     * doctor's on-call hours, shared by qualified GPs; lis1Sufficient removes this requirement."
     * Hours above {@code maxHoursPerGp} go to dedicated staff; so does back-up duty when the
     * district has no qualified GP.
     *
     * @param population the district's population
     * @param leadCentrality centrality class of the district's largest municipality
     * @param qualified eligible GPs qualified to work alone
     * @param unqualified eligible GPs who need a back-up
     * @param packageTakenUp whether the district applied for the district package this year
     */
    public static OnCallAllocation allocate(OnCallConfig c, long population, int leadCentrality, int qualified,
                                            int unqualified, boolean packageTakenUp) {
        double rota = lines(population, c) * c.hoursPerLinePerWeek();
        double gpPart = rota * c.gpShare(leadCentrality);
        double dedicated = rota - gpPart;
        double pack = 0;
        if (c.districtPackageEnabled() && leadCentrality >= c.districtPackageMinCentrality() && packageTakenUp) {
            pack = Math.min(gpPart, c.districtPackageHours());
            gpPart -= pack;
        }
        int eligible = qualified + unqualified;
        if (eligible == 0) {
            return new OnCallAllocation(rota, gpPart, pack, 0, 0, dedicated + gpPart);
        }
        double own = gpPart / eligible;
        double backupPerQualified = 0;
        boolean needsBackup = !c.lis1Sufficient() && unqualified > 0;
        if (needsBackup) {
            double backup = c.backupFactor() * own * unqualified;
            if (qualified > 0) {
                backupPerQualified = backup / qualified;
            } else {
                dedicated += backup;
            }
        }
        double qualifiedHours = own + backupPerQualified;
        double unqualifiedHours = own;
        Double cap = c.maxHoursPerGp();
        if (cap != null) {
            if (qualifiedHours > cap) {
                dedicated += (qualifiedHours - cap) * qualified;
                qualifiedHours = cap;
            }
            if (unqualifiedHours > cap) {
                dedicated += (unqualifiedHours - cap) * unqualified;
                unqualifiedHours = cap;
            }
        }
        return new OnCallAllocation(rota, gpPart, pack, qualified > 0 ? qualifiedHours : 0,
                unqualified > 0 ? unqualifiedHours : 0, dedicated);
    }
}
