package no.gpsim.scenario;

/**
 * The parameters that may change during a run: one immutable set per policy regime. The model
 * holds the set in force and swaps it when a dated policy takes effect.
 */
public record Parameters(DemandConfig demand, FundingConfig funding, OnCallConfig onCall, AlisConfig alis,
                         EmploymentConfig employment, BehaviourConfig behaviour, ExitConfig exit,
                         LabourMarketConfig labourMarket, DemographyConfig demography) {

    public static Parameters from(ParamValues v) {
        return new Parameters(DemandConfig.from(v), FundingConfig.from(v), OnCallConfig.from(v), AlisConfig.from(v),
                EmploymentConfig.from(v), BehaviourConfig.from(v), ExitConfig.from(v), LabourMarketConfig.from(v),
                DemographyConfig.from(v));
    }

    /** The schema defaults: the reference regime against which candidate inflow responds. */
    public static Parameters defaults() {
        return from(ParamValues.defaults());
    }
}
