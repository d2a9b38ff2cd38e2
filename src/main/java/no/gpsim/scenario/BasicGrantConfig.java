package no.gpsim.scenario;

import java.util.List;

/**
 * The basic grant (basistilskudd) paid per listed patient per year.
 *
 * @param model which grant formula applies
 * @param flatRate NOK per patient per year under the flat model
 * @param breakpoint patients paid at the higher rate under the breakpoint model
 * @param rateBelow NOK per patient per year up to the breakpoint
 * @param rateAbove NOK per patient per year above the breakpoint
 * @param adjustedRate national mean NOK per patient per year under the patient-adjusted model
 * @param ageWeights weights per age group under the patient-adjusted model, or null for weights
 *     proportional to consultation rates (normalised so the national mean weight is 1)
 * @param maxPatients no grant is paid for patients beyond this list length
 */
public record BasicGrantConfig(Model model, double flatRate, int breakpoint, double rateBelow, double rateAbove,
                               double adjustedRate, double[] ageWeights, int maxPatients) {

    /** The basic grant formulas. */
    public enum Model {
        FLAT("flat"), BREAKPOINT("breakpoint"), PATIENT_ADJUSTED("patientAdjusted");

        private final String yamlName;

        Model(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        static Model of(String yamlName) {
            for (Model m : values()) {
                if (m.yamlName.equals(yamlName)) {
                    return m;
                }
            }
            throw new IllegalArgumentException(yamlName);
        }
    }

    public static final Key<String> MODEL = Key.choice("funding.basicGrant.model", "patientAdjusted",
                    "flat", "breakpoint", "patientAdjusted")
            .doc("basic grant formula: flat (one rate), breakpoint (a higher rate up to the breakpoint), "
                    + "patientAdjusted (rate times an age weight per patient; in force since May 2023)")
            .source("[lit] Helfo, Helsedirektoratet, KS").build();
    public static final Key<Double> FLAT_RATE = Key.real("funding.basicGrant.flatRate", 0, 5_000, 499)
            .unit("NOK per patient per year").doc("rate under the flat model")
            .source("[lit] 442 NOK from 2016, 499 from 2019")
            .activeWhen("funding.basicGrant.model is flat", v -> v.get(MODEL).equals("flat")).build();
    public static final Key<Long> BREAKPOINT = Key.integer("funding.basicGrant.breakpoint", 1, 2_500, 1_000)
            .unit("patients").doc("patients paid at rateBelow; patients above it are paid rateAbove")
            .source("[lit] introduced 1 May 2020 at 1,000 patients")
            .activeWhen("funding.basicGrant.model is breakpoint", v -> v.get(MODEL).equals("breakpoint")).build();
    public static final Key<Double> RATE_BELOW = Key.real("funding.basicGrant.rateBelow", 0, 5_000, 675)
            .unit("NOK per patient per year").doc("rate for the first breakpoint patients")
            .source("[lit] 577 (2020), 642 (2021), 675 (July 2022)")
            .activeWhen("funding.basicGrant.model is breakpoint", v -> v.get(MODEL).equals("breakpoint")).build();
    public static final Key<Double> RATE_ABOVE = Key.real("funding.basicGrant.rateAbove", 0, 5_000, 544)
            .unit("NOK per patient per year").doc("rate for patients above the breakpoint")
            .source("[lit] 499 (2020), 526 (2021), 544 (July 2022)")
            .activeWhen("funding.basicGrant.model is breakpoint", v -> v.get(MODEL).equals("breakpoint")).build();
    public static final Key<Double> ADJUSTED_RATE = Key.real("funding.basicGrant.adjustedRate", 0, 5_000, 841.80)
            .unit("NOK per patient per year").doc("national mean rate under the patient-adjusted model")
            .source("[lit] 841.80 NOK from July 2023")
            .activeWhen("funding.basicGrant.model is patientAdjusted", v -> v.get(MODEL).equals("patientAdjusted")).build();
    public static final Key<List<Double>> AGE_WEIGHTS = Key.optionalReals("funding.basicGrant.ageWeights", 4, 0, 20,
                    "ages 0-17, 18-66, 67-79, 80+")
            .unit("relative weight").doc("weight per patient by age group under the patient-adjusted model; none for weights "
                    + "proportional to consultation rates, normalised so the national mean weight is 1")
            .activeWhen("funding.basicGrant.model is patientAdjusted", v -> v.get(MODEL).equals("patientAdjusted")).build();
    public static final Key<Long> MAX_PATIENTS = Key.integer("funding.basicGrant.maxPatients", 1, 10_000, 2_500)
            .unit("patients").doc("no basic grant is paid for patients beyond this list length")
            .source("[lit] rates apply up to 2,500 patients").build();

    public static final List<Key<?>> KEYS = List.of(MODEL, FLAT_RATE, BREAKPOINT, RATE_BELOW, RATE_ABOVE, ADJUSTED_RATE,
            AGE_WEIGHTS, MAX_PATIENTS);

    public static BasicGrantConfig from(ParamValues v) {
        return new BasicGrantConfig(Model.of(v.get(MODEL)), v.get(FLAT_RATE), v.getInt(BREAKPOINT), v.get(RATE_BELOW),
                v.get(RATE_ABOVE), v.get(ADJUSTED_RATE), Arrays2.of(v.get(AGE_WEIGHTS)), v.getInt(MAX_PATIENTS));
    }

    public BasicGrantConfig {
        ageWeights = ageWeights == null ? null : ageWeights.clone();
    }

    @Override
    public double[] ageWeights() {
        return ageWeights == null ? null : ageWeights.clone();
    }
}
