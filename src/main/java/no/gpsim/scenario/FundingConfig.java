package no.gpsim.scenario;

import java.util.List;

/**
 * The state and municipal money that reaches GPs (docs/MODEL.md 7.3). All amounts in NOK; "per year"
 * amounts are paid out in twelfths each month.
 *
 * @param basicGrant the per-patient basic grant (basistilskudd) and its model
 * @param feePerConsultation fee income per consultation: state refund plus patient co-payment
 * @param refundShare share of the fee paid by the state (the rest is the patient's co-payment)
 * @param fixedCostsPerYear practice costs that do not depend on activity (rent, staff, equipment)
 * @param costPerConsultation practice costs per consultation
 * @param startGrantEnabled whether the start grant (grunntilskudd) is paid
 * @param startGrantThreshold the start grant pays the basic grant as if the list held this many patients
 * @param startGrantMinCap the start grant is paid only to a GP whose cap is above this
 * @param startGrantMaxContractMonths the start grant is paid in the first months of a contract only
 * @param equalisationEnabled whether the equalisation grant (utjamningstilskudd) is paid
 * @param equalisationMaxPopulation the grant applies in municipalities with fewer inhabitants than this
 * @param equalisationListTarget the grant tops the municipality's mean list up to this many patients
 * @param recruitmentGrant one-off amount paid to a GP who takes a post
 * @param recruitmentMinCentrality the recruitment grant applies in centrality classes from this one up
 * @param supplementByCentrality municipal supplement per GP per year, by centrality class 1-6
 * @param supplementFile optional CSV overriding the supplement per municipality (kommunenummer,nok_per_year)
 * @param municipalHourlyPay pay per hour of municipal duties to a self-employed GP
 * @param eConsultationFee fee income per e-consultation: state refund plus patient co-payment
 * @param feeFactorByAge the fee per consultation by age group, as a multiple of feePerConsultation
 * @param complexitySupplement extra fee per consultation with a patient with complex needs
 * @param complexShareByAge share of consultations with patients with complex needs, by age group
 * @param sopValuePerYear the state's added payment per self-employed GP per year to the pension and sick-pay scheme
 * @param sopValueShare what one NOK of that payment is worth to a GP, in NOK of income
 */
public record FundingConfig(BasicGrantConfig basicGrant, double feePerConsultation, double refundShare,
                            double fixedCostsPerYear, double costPerConsultation, boolean startGrantEnabled,
                            int startGrantThreshold, int startGrantMinCap, int startGrantMaxContractMonths, boolean equalisationEnabled,
                            int equalisationMaxPopulation, int equalisationListTarget, double recruitmentGrant,
                            int recruitmentMinCentrality, double[] supplementByCentrality, String supplementFile,
                            double municipalHourlyPay, double eConsultationFee, double[] feeFactorByAge,
                            double complexitySupplement, double[] complexShareByAge, double sopValuePerYear,
                            double sopValueShare) {

    public static final Key<Double> FEE = Key.real("funding.feePerConsultation", 0, 10_000, 610)
            .unit("NOK per consultation").doc("fee income per consultation: the state's refund plus the patient's co-payment")
            .source("[lit] Helsedirektoratet/KUHR 2023: 51 % refunds and 17 % co-payments of 14.2 bn NOK").build();
    public static final Key<Double> REFUND_SHARE = Key.real("funding.refundShare", 0, 1, 0.75)
            .unit("share of the fee").doc("part of the fee paid by the state (the rest is the patient's co-payment)")
            .source("[lit] 51 / (51 + 17) of fee income in 2023").build();
    public static final Key<Double> FIXED_COSTS = Key.real("funding.practiceCosts.fixedPerYear", 0, 5_000_000, 350_000)
            .unit("NOK per GP per year").doc("practice costs that do not vary with activity (rent, staff, equipment)")
            .source("[calib] practice costs about 40 % of revenue").build();
    public static final Key<Double> COST_PER_CONSULTATION = Key.real("funding.practiceCosts.perConsultation", 0, 5_000, 220)
            .unit("NOK per consultation").doc("practice costs per consultation (consumables, variable staff time)")
            .source("[calib] practice costs about 40 % of revenue").build();
    public static final Key<Boolean> START_GRANT = Key.bool("funding.startGrant.enabled", true)
            .doc("start grant (grunntilskudd, from 2020): a self-employed GP with a short list and a young contract "
                    + "is paid the basic grant as if the list held listThreshold patients")
            .source("[lit] Helsedirektoratet, from 2020").build();
    public static final Key<Long> START_THRESHOLD = Key.integer("funding.startGrant.listThreshold", 0, 2_500, 500)
            .unit("patients").doc("list length the start grant pays up to")
            .source("[lit] Helfo, grunntilskudd from 1 May 2020: 500 patients")
            .activeWhen("funding.startGrant.enabled is true", v -> v.get(START_GRANT)).build();
    public static final Key<Long> START_MIN_CAP = Key.integer("funding.startGrant.minCap", 0, 2_500, 500)
            .unit("patients").doc("the start grant is paid only to a GP whose list cap is above this")
            .source("[lit] Helfo, the 2020 rule: a list under 500 patients whose cap is above 500")
            .activeWhen("funding.startGrant.enabled is true", v -> v.get(START_GRANT)).build();
    public static final Key<Long> START_MONTHS = Key.integer("funding.startGrant.maxContractMonths", 0, 120, 24)
            .unit("months").doc("the start grant is paid while the contract is younger than this")
            .activeWhen("funding.startGrant.enabled is true", v -> v.get(START_GRANT)).build();
    public static final Key<Boolean> EQUALISATION = Key.bool("funding.equalisationGrant.enabled", true)
            .doc("equalisation grant (utjamningstilskudd): in small municipalities with short lists, self-employed GPs "
                    + "get the basic grant for the patients missing up to listTarget")
            .source("[lit]").build();
    public static final Key<Long> EQUALISATION_POPULATION = Key.integer("funding.equalisationGrant.maxPopulation", 0, 1_000_000, 5_000)
            .unit("inhabitants").doc("the grant applies in municipalities with fewer inhabitants than this")
            .activeWhen("funding.equalisationGrant.enabled is true", v -> v.get(EQUALISATION)).build();
    public static final Key<Long> EQUALISATION_TARGET = Key.integer("funding.equalisationGrant.listTarget", 0, 2_500, 1_200)
            .unit("patients").doc("the grant pays the basic grant for (listTarget - municipal mean list) extra patients")
            .activeWhen("funding.equalisationGrant.enabled is true", v -> v.get(EQUALISATION)).build();
    public static final Key<Double> RECRUITMENT_GRANT = Key.real("funding.recruitmentGrant.amount", 0, 5_000_000, 0)
            .unit("NOK, once per recruit").doc("one-off grant from the state to a GP who takes a post; 0 switches it off")
            .source("[lit] expert committee (2023): about 300,000 NOK; older scheme up to 200,000 per new list").build();
    public static final Key<Long> RECRUITMENT_MIN_CENTRALITY = Key.integer("funding.recruitmentGrant.minCentrality", 1, 6, 1)
            .unit("centrality class").doc("the recruitment grant is paid in municipalities of this centrality class or less central")
            .activeWhen("funding.recruitmentGrant.amount is above 0", v -> v.get(RECRUITMENT_GRANT) > 0).build();
    public static final Key<List<Double>> SUPPLEMENT = Key.reals("funding.municipalSupplement", 6, 0, 5_000_000,
                    "centrality classes 1-6", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
            .unit("NOK per GP per year").doc("extra pay from the municipality to each of its GPs, by centrality class")
            .source("[lever]").build();
    public static final Key<String> SUPPLEMENT_FILE = Key.file("funding.municipalSupplementFile", null)
            .unit("CSV path, relative to the scenario file")
            .doc("optional per-municipality supplement (columns kommunenummer,nok_per_gp_per_year) that overrides "
                    + "the class values for the municipalities it lists; none for no file")
            .fixed().build();

    public static final Key<Double> MUNICIPAL_PAY = Key.real("funding.municipalHourlyPay", 0, 10_000, 700)
            .unit("NOK per hour").doc("pay per hour of municipal duties (nursing homes, health stations) to a "
                    + "self-employed GP, paid by the municipality; a salaried GP's salary covers them")
            .source("[calib]").build();
    public static final Key<Double> E_FEE = Key.real("funding.eConsultationFee", 0, 10_000, 330)
            .unit("NOK per e-consultation").doc("fee income per e-consultation (state refund plus co-payment); an "
                    + "e-consultation earns this instead of feePerConsultation")
            .source("[lit] normaltariffen, takst 2ae (e-konsultasjon): about 170 NOK refund plus about 160 NOK "
                    + "co-payment (2024, approximate)")
            .activeWhen("demand.eConsultationShare is above 0", v -> v.get(DemandConfig.E_SHARE) > 0).build();

    public static final Key<List<Double>> FEE_FACTOR = Key.reals("funding.feeFactorByAge", 4, 0, 10,
                    "ages 0-17, 18-66, 67-79, 80+", 1.0, 1.0, 1.0, 1.0)
            .unit("multiple of feePerConsultation").doc("the fee per consultation by the patient's age group, as a "
                    + "multiple of feePerConsultation (a fee schedule that pays more for older patients, whose "
                    + "consultations take longer)")
            .source("[lever] seed 002: \"tilpassing av takstsystemet slik at det understøtter faglig god praksis\"; "
                    + "today's schedule pays mainly by time and procedure, not by age (1.0 for all groups)").build();
    public static final Key<Double> COMPLEXITY_SUPPLEMENT = Key.real("funding.complexitySupplement", 0, 10_000, 0)
            .unit("NOK per consultation").doc("extra fee for a consultation with a patient with complex needs "
                    + "(several chronic conditions); paid on complexShareByAge of each age group's consultations")
            .source("[lever] seed 000: better follow-up of \"pasienter med sammensatte og omfattende behov\"").build();
    public static final Key<List<Double>> COMPLEX_SHARE = Key.reals("funding.complexShareByAge", 4, 0, 1,
                    "ages 0-17, 18-66, 67-79, 80+", 0.02, 0.10, 0.30, 0.50)
            .unit("share of consultations").doc("share of each age group's consultations that are with patients with "
                    + "complex needs (several chronic conditions)")
            .source("[lit] multimorbidity rises steeply with age (about half of those over 80 have two or more "
                    + "chronic conditions); approximate, [calib] against fee data when a reform is modelled in detail")
            .activeWhen("funding.complexitySupplement is above 0", v -> v.get(COMPLEXITY_SUPPLEMENT) > 0).build();
    public static final Key<Double> SOP_VALUE = Key.real("funding.sop.addedValuePerYear", 0, 1_000_000, 0)
            .unit("NOK per self-employed GP per year").doc("the state's added payment to the pension and sick-pay "
                    + "scheme for self-employed GPs (Sykehjelps- og pensjonsordningen, SOP) beyond today's scheme, "
                    + "which is part of today's income; counts in a self-employed GP's income, in its exit decision "
                    + "and in a candidate's valuation, at sop.valueShare")
            .source("[lever] seed 003: \"Styrke Sykehjelps- og pensjonsordningen for leger (SOP)\"").build();
    public static final Key<Double> SOP_SHARE = Key.real("funding.sop.valueShare", 0, 1, 0.7)
            .unit("NOK of income per NOK paid").doc("what one NOK paid into pension and sick-pay cover is worth to a "
                    + "GP against one NOK of income now (deferred and insured, so less than 1)")
            .source("[calib] pension saving is discounted against cash by people who are not liquidity-free; "
                    + "0.7 is an assumption to fit")
            .activeWhen("funding.sop.addedValuePerYear is above 0", v -> v.get(SOP_VALUE) > 0).build();

    public static final List<Key<?>> KEYS = List.of(FEE, REFUND_SHARE, FIXED_COSTS, COST_PER_CONSULTATION, START_GRANT,
            START_THRESHOLD, START_MIN_CAP, START_MONTHS, EQUALISATION, EQUALISATION_POPULATION, EQUALISATION_TARGET, RECRUITMENT_GRANT,
            RECRUITMENT_MIN_CENTRALITY, SUPPLEMENT, SUPPLEMENT_FILE, MUNICIPAL_PAY, E_FEE, FEE_FACTOR, COMPLEXITY_SUPPLEMENT,
            COMPLEX_SHARE, SOP_VALUE, SOP_SHARE);

    public static FundingConfig from(ParamValues v) {
        return new FundingConfig(BasicGrantConfig.from(v), v.get(FEE), v.get(REFUND_SHARE), v.get(FIXED_COSTS),
                v.get(COST_PER_CONSULTATION), v.get(START_GRANT), v.getInt(START_THRESHOLD), v.getInt(START_MIN_CAP), v.getInt(START_MONTHS),
                v.get(EQUALISATION), v.getInt(EQUALISATION_POPULATION), v.getInt(EQUALISATION_TARGET),
                v.get(RECRUITMENT_GRANT), v.getInt(RECRUITMENT_MIN_CENTRALITY), Arrays2.of(v.get(SUPPLEMENT)),
                v.get(SUPPLEMENT_FILE), v.get(MUNICIPAL_PAY), v.get(E_FEE), Arrays2.of(v.get(FEE_FACTOR)),
                v.get(COMPLEXITY_SUPPLEMENT), Arrays2.of(v.get(COMPLEX_SHARE)), v.get(SOP_VALUE), v.get(SOP_SHARE));
    }

    public FundingConfig {
        supplementByCentrality = supplementByCentrality.clone();
        feeFactorByAge = feeFactorByAge.clone();
        complexShareByAge = complexShareByAge.clone();
    }

    @Override
    public double[] feeFactorByAge() {
        return feeFactorByAge.clone();
    }

    @Override
    public double[] complexShareByAge() {
        return complexShareByAge.clone();
    }

    /** Whether every consultation earns feePerConsultation, whatever the patient's age (today's schedule). */
    public boolean uniformFee() {
        if (complexitySupplement > 0) {
            return false;
        }
        for (double f : feeFactorByAge) {
            if (f != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Fee income per consultation for an age group (0 = 0-17 ... 3 = 80+), with the complexity supplement. */
    public double feeByAge(int ageGroup) {
        return feePerConsultation * feeFactorByAge[ageGroup] + complexitySupplement * complexShareByAge[ageGroup];
    }

    /**
     * Mean fee per consultation of patients in this age mix: the consultation-weighted mean of
     * {@link #feeByAge}, exactly feePerConsultation under a uniform schedule.
     *
     * @param patients patients (or residents) by age group
     * @param rates consultations per patient per year by age group
     */
    public double meanFee(double[] patients, double[] rates) {
        if (uniformFee()) {
            return feePerConsultation;
        }
        double consultations = 0;
        double fees = 0;
        for (int a = 0; a < rates.length; a++) {
            double c = patients[a] * rates[a];
            consultations += c;
            fees += c * feeByAge(a);
        }
        if (consultations <= 0) {
            double fallback = 0;
            for (int a = 0; a < rates.length; a++) {
                fallback += feeByAge(a);
            }
            return fallback / rates.length;
        }
        return fees / consultations;
    }

    @Override
    public double[] supplementByCentrality() {
        return supplementByCentrality.clone();
    }

    /** Municipal supplement per GP per year for a centrality class 1-6. */
    public double supplement(int centrality) {
        return supplementByCentrality[centrality - 1];
    }
}
