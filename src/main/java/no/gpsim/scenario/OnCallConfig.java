package no.gpsim.scenario;

import java.util.List;

/**
 * Out-of-hours duty (legevakt) and how it is shared (docs/MODEL.md 7.2). Hours are per week.
 *
 * @param district how municipalities are grouped into on-call districts
 * @param districtFile CSV mapping kommunenummer to a district name, when district is FILE
 * @param populationPerLine one duty line per this many inhabitants of a district (at least one line)
 * @param hoursPerLinePerWeek out-of-hours doctor-hours per duty line per week (168 h minus office hours)
 * @param gpShareByCentrality share of the rota worked by GPs, by centrality class of the district's largest municipality
 * @param exemptionAge GPs from this age are exempt from on-call duty
 * @param otherExemptShare share of GPs exempt for other reasons (health, care duties)
 * @param lis1Sufficient when true, doctors not yet qualified may work on-call alone, with no back-up
 * @param qualificationMonths months as a GP after which a non-specialist may work on-call alone
 * @param backupFactor back-up hours per on-call hour of an unqualified doctor, shared by qualified GPs
 * @param maxHoursPerGp cap on on-call hours per GP per week (the excess goes to paid staff), or null for none
 * @param hourlyPay on-call pay per hour to the GP, paid by the municipality
 * @param dedicatedStaffHourlyCost cost per hour of on-call staff who are not list-holding GPs
 * @param dutyHoursPerWeek hours of a typical week on duty; a GP's on-call hours over this is its share of weeks on call
 * @param districtPackageEnabled whether the state funds extra on-call doctors in rural districts
 * @param districtPackageHours extra state-funded on-call hours per week per eligible district
 * @param districtPackageMinCentrality districts whose largest municipality has this centrality class or higher get the package
 */
public record OnCallConfig(District district, String districtFile, double populationPerLine, double hoursPerLinePerWeek,
                           double[] gpShareByCentrality, double exemptionAge, double otherExemptShare,
                           boolean lis1Sufficient, int qualificationMonths, double backupFactor, Double maxHoursPerGp,
                           double hourlyPay, double dedicatedStaffHourlyCost, double dutyHoursPerWeek,
                           boolean districtPackageEnabled, double districtPackageHours, int districtPackageMinCentrality) {

    /** How municipalities share an on-call rota. */
    public enum District { BA_REGION, MUNICIPALITY, FILE }

    public static final Key<String> DISTRICT = Key.choice("onCall.district", "baRegion", "baRegion", "municipality", "file")
            .doc("on-call districts: baRegion (municipalities of a housing and labour-market region share a rota), "
                    + "municipality (each its own), file (an explicit mapping in districtFile)")
            .source("[data] BA-regions 2020; inter-municipal legevakt is common").build();
    public static final Key<String> DISTRICT_FILE = Key.file("onCall.districtFile", null)
            .unit("CSV path, relative to the scenario file")
            .doc("explicit district mapping with columns kommunenummer,district; municipalities not listed form their own "
                    + "district; read at the start, so a policy can switch onCall.district to file but not change the file")
            .fixed()
            .activeWhen("onCall.district is file", v -> v.get(DISTRICT).equals("file")).build();
    public static final Key<Double> POP_PER_LINE = Key.real("onCall.populationPerLine", 1_000, 10_000_000, 25_000)
            .unit("inhabitants per duty line").doc("a district keeps max(1, ceil(population / populationPerLine)) duty lines")
            .source("[calib]").build();
    public static final Key<Double> HOURS_PER_LINE = Key.real("onCall.hoursPerLinePerWeek", 0, 168, 128)
            .unit("hours per week").doc("out-of-hours doctor-hours per duty line per week (168 h minus office hours)")
            .source("[lit] docs/MODEL.md 7.2").build();
    public static final Key<List<Double>> GP_SHARE = Key.reals("onCall.gpShareByCentrality", 6, 0, 1,
                    "centrality classes 1-6", 0.6, 0.75, 0.9, 1.0, 1.0, 1.0)
            .unit("share of rota hours").doc("share of the rota worked by list-holding GPs (the rest by dedicated staff), "
                    + "by the centrality class of the district's largest municipality")
            .source("[calib]").build();
    public static final Key<Double> EXEMPTION_AGE = Key.real("onCall.exemptionAge", 40, 80, 60)
            .unit("years").doc("GPs from this age are exempt from on-call duty")
            .source("[lit] fastlegeforskriften § 13").build();
    public static final Key<Double> OTHER_EXEMPT = Key.real("onCall.otherExemptShare", 0, 1, 0.10)
            .unit("share of GPs").doc("GPs exempt for other reasons (health, care duties)")
            .source("[calib]").build();
    public static final Key<Boolean> LIS1_SUFFICIENT = Key.bool("onCall.lis1Sufficient", false)
            .doc("true: a doctor who has done LIS1 may work on-call alone, so no back-up duty is needed "
                    + "(the expert committee's proposal)")
            .source("[lit] akuttmedisinforskriften; Helsedirektoratet expert committee 2023").build();
    public static final Key<Long> QUALIFICATION_MONTHS = Key.integer("onCall.qualificationMonths", 0, 120, 30)
            .unit("months as a GP").doc("a non-specialist needs a qualified back-up until this many months as a GP")
            .source("[lit] akuttmedisinforskriften")
            .activeWhen("onCall.lis1Sufficient is false", v -> !v.get(LIS1_SUFFICIENT)).build();
    public static final Key<Double> BACKUP_FACTOR = Key.real("onCall.backupFactor", 0, 2, 0.5)
            .unit("back-up hours per unqualified on-call hour").doc("back-up duty created by doctors not yet qualified, "
                    + "shared by the district's qualified GPs")
            .source("[calib]")
            .activeWhen("onCall.lis1Sufficient is false", v -> !v.get(LIS1_SUFFICIENT)).build();
    public static final Key<Double> MAX_HOURS = Key.optionalReal("onCall.maxHoursPerGp", 0, 168, 40.0)
            .unit("hours per week").doc("cap on on-call hours per GP; hours above it go to dedicated staff (on-call locums) "
                    + "at the municipality's cost; none for no cap")
            .source("[calib] a one-in-four rota, about the heaviest kept in practice; a lever").build();
    public static final Key<Double> HOURLY_PAY = Key.real("onCall.hourlyPay", 0, 10_000, 450)
            .unit("NOK per on-call hour").doc("average pay to a GP per on-call hour (active and stand-by hours together), "
                    + "paid by the municipality")
            .source("[calib]").build();
    public static final Key<Double> STAFF_COST = Key.real("onCall.dedicatedStaffHourlyCost", 0, 10_000, 1_100)
            .unit("NOK per hour").doc("cost of an on-call hour worked by staff who do not hold a list")
            .source("[calib]").build();
    public static final Key<Double> DUTY_HOURS = Key.real("onCall.dutyHoursPerWeek", 1, 168, 20)
            .unit("hours per week on duty").doc("on-call hours in a week when a GP is on duty; a GP's weekly on-call hours "
                    + "divided by this is its share of weeks on call")
            .source("[lit] Rebnord 2020: about 20 h in a week on call").build();
    public static final Key<Boolean> PACKAGE = Key.bool("onCall.districtPackage.enabled", false)
            .doc("state-funded extra on-call doctors in rural districts (the district package KS asked for)")
            .source("[lever] KS 2021").build();
    public static final Key<Double> PACKAGE_HOURS = Key.real("onCall.districtPackage.hoursPerWeek", 0, 168, 40)
            .unit("hours per week per district").doc("on-call hours per week taken over by state-funded doctors in each eligible district")
            .activeWhen("onCall.districtPackage.enabled is true", v -> v.get(PACKAGE)).build();
    public static final Key<Long> PACKAGE_MIN_CENTRALITY = Key.integer("onCall.districtPackage.minCentrality", 1, 6, 5)
            .unit("centrality class").doc("districts whose largest municipality is this centrality class or less central get the package")
            .activeWhen("onCall.districtPackage.enabled is true", v -> v.get(PACKAGE)).build();

    public static final List<Key<?>> KEYS = List.of(DISTRICT, DISTRICT_FILE, POP_PER_LINE, HOURS_PER_LINE, GP_SHARE,
            EXEMPTION_AGE, OTHER_EXEMPT, LIS1_SUFFICIENT, QUALIFICATION_MONTHS, BACKUP_FACTOR, MAX_HOURS, HOURLY_PAY,
            STAFF_COST, DUTY_HOURS, PACKAGE, PACKAGE_HOURS, PACKAGE_MIN_CENTRALITY);

    public static OnCallConfig from(ParamValues v) {
        District district = switch (v.get(DISTRICT)) {
            case "municipality" -> District.MUNICIPALITY;
            case "file" -> District.FILE;
            default -> District.BA_REGION;
        };
        return new OnCallConfig(district, v.get(DISTRICT_FILE), v.get(POP_PER_LINE), v.get(HOURS_PER_LINE),
                Arrays2.of(v.get(GP_SHARE)), v.get(EXEMPTION_AGE), v.get(OTHER_EXEMPT), v.get(LIS1_SUFFICIENT),
                v.getInt(QUALIFICATION_MONTHS), v.get(BACKUP_FACTOR), v.get(MAX_HOURS), v.get(HOURLY_PAY),
                v.get(STAFF_COST), v.get(DUTY_HOURS), v.get(PACKAGE), v.get(PACKAGE_HOURS),
                v.getInt(PACKAGE_MIN_CENTRALITY));
    }

    public OnCallConfig {
        gpShareByCentrality = gpShareByCentrality.clone();
    }

    @Override
    public double[] gpShareByCentrality() {
        return gpShareByCentrality.clone();
    }

    /** Share of the rota worked by GPs in a district led by a municipality of this centrality class. */
    public double gpShare(int centrality) {
        return gpShareByCentrality[centrality - 1];
    }
}
