package no.gpsim.scenario;

/**
 * The parameters that may change during a run: one immutable set per policy regime. The model
 * holds the set in force and swaps it when a dated policy takes effect.
 */
public record Parameters(DemandConfig demand, FundingConfig funding, OnCallConfig onCall, AlisConfig alis,
                         EmploymentConfig employment, BehaviourConfig behaviour, ExitConfig exit,
                         LabourMarketConfig labourMarket, DemographyConfig demography,
                         ListNormConfig listNorm, TrainingConfig training,
                         TakeUpConfig takeUp, EconomyConfig economy, CombinedPostsConfig combinedPosts) {

    public static Parameters from(ParamValues v) {
        return new Parameters(DemandConfig.from(v), FundingConfig.from(v), OnCallConfig.from(v), AlisConfig.from(v),
                EmploymentConfig.from(v), BehaviourConfig.from(v), ExitConfig.from(v), LabourMarketConfig.from(v),
                DemographyConfig.from(v), ListNormConfig.from(v),
                TrainingConfig.from(v), TakeUpConfig.from(v),
                EconomyConfig.from(v), CombinedPostsConfig.from(v));
    }

    /** The schema defaults. */
    public static Parameters defaults() {
        return from(ParamValues.defaults());
    }

    /**
     * The default levers (demand, funding, on-call, ALIS, employment, list norm, training) with this regime's doctors,
     * exits, labour market and demography: the regime under which the labour market's reference
     * posts are valued at the start, so that only the levers move the inflow of candidates, never
     * a change of behavioural assumptions. Grant take-up is behaviour (calibrated) and stays the regime's.
     */
    public Parameters withDefaultLevers() {
        Parameters d = defaults();
        return new Parameters(d.demand(), d.funding(), d.onCall(), d.alis(), d.employment(), behaviour, exit,
                labourMarket, demography, d.listNorm(), d.training(), takeUp,
                d.economy(), d.combinedPosts());
    }
}
