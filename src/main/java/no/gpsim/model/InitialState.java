package no.gpsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.data.MunicipalityData;
import no.gpsim.scenario.InitialConfig;
import no.gpsim.scenario.Parameters;

/**
 * Builds step 0 from the data (docs/MODEL.md 5): every municipality's held and vacant lists with the
 * data's patient counts and cap sums, the GPs holding them with drawn traits, and the on-call
 * districts. A municipality's population is everyone on its lists, split by the age mix of its
 * residents.
 */
final class InitialState {

    /** Years over which a logistic curve takes the chance of being a specialist from low to high. */
    private static final double SPECIALIST_AGE_SLOPE = 4;

    private final GpSim sim;
    private final InitialConfig initial;
    private final Parameters parameters;
    private final MersenneTwisterFast r;
    private double specialistMidAge;
    private org.apache.commons.math3.distribution.BetaDistribution ages;

    InitialState(GpSim sim) {
        this.sim = sim;
        this.initial = sim.inputs().scenario().initial();
        this.parameters = sim.parameters();
        this.r = sim.streams().initial();
    }

    void build() {
        specialistMidAge = specialistMidAge();
        ages = Draws.betaDistribution(r, initial.ageBetaA(), initial.ageBetaB());
        List<MunicipalityData> data = sim.inputs().municipalities();
        for (int i = 0; i < data.size(); i++) {
            Municipality m = new Municipality(i, data.get(i));
            Double supplement = sim.inputs().supplements().get(m.code());
            if (supplement != null) {
                m.setSupplementOverride(supplement);
            }
            sim.addMunicipality(m);
            populate(m);
        }
        Districts.rebuild(sim);
    }

    private void populate(Municipality m) {
        MunicipalityData d = m.data();
        double[] ageShares = new double[AgeGroups.COUNT];
        long[] residents = d.residentsByAge();
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            ageShares[a] = residents[a];
        }
        long[] byAge = Apportion.split(d.listPopulation(), ageShares);
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            m.changePopulation(a, byAge[a]);
        }

        int held = d.listsWithGp();
        int vacant = d.listsWithoutGp();
        double[] weights = new double[held + vacant];
        double sigma = initial.listSizeVariation();
        double[] heldWeights = new double[held];
        for (int j = 0; j < held; j++) {
            heldWeights[j] = StrictMath.exp(sigma * r.nextGaussian());
        }
        long[] heldSizes = Apportion.split(d.patientsWithGp(), heldWeights);
        long[] vacantSizes = Apportion.split(d.patientsWithoutGp(), new double[vacant]);
        long[] caps = d.patientsWithGp() > 0
                ? Apportion.split(d.capacity(), toDoubles(heldSizes))
                : Apportion.split(d.capacity(), new double[held]);
        long[] sizes = new long[held + vacant];
        for (int j = 0; j < held; j++) {
            sizes[j] = heldSizes[j];
        }
        for (int j = 0; j < vacant; j++) {
            sizes[held + j] = vacantSizes[j];
        }
        for (int j = 0; j < weights.length; j++) {
            weights[j] = sizes[j];
        }
        long[][] ages = splitAges(byAge, sizes);

        boolean[] female = femaleFlags(held, d.femaleGps());
        for (int j = 0; j < held + vacant; j++) {
            boolean isHeld = j < held;
            int cap = isHeld ? (int) Math.max(1, caps[j]) : vacantCap(sizes[j]);
            boolean salariedPost = isHeld && r.nextDouble() < initial.salariedShare(d.centrality());
            PatientList list = sim.openList(m, cap, salariedPost);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                list.add(a, (int) ages[j][a]);
            }
            if (isHeld) {
                Gp gp = drawGp(m, female[j], salariedPost);
                gp.takeList(list, 1);
                sim.addGp(gp);
                restoreTenure(gp, m);
            } else {
                list.release(r.nextDouble() < parameters.employment().locumCoverShare(), 0);
                list.setMonthsVacant(monthsVacant(r.nextDouble(), initial.vacantOver12mShare()));
            }
        }
    }

    /**
     * Months an initially vacant list has been vacant (at least 1): geometric, with the share
     * {@code over12} of lists at 12 months or more.
     */
    static int monthsVacant(double u, double over12) {
        if (over12 <= 0) {
            return 1;
        }
        double q = StrictMath.pow(over12, 1.0 / 11);
        return 1 + (int) Math.min(600, Math.floor(Fdlibm.log(1 - u) / Fdlibm.log(q)));
    }

    /** A vacant list's cap: its patients rounded up to a multiple of 50. */
    private static int vacantCap(long size) {
        return (int) Math.max(50, ((size + 49) / 50) * 50);
    }

    /** Splits each age group's total over lists so every list keeps its size and the totals hold. */
    private long[][] splitAges(long[] totals, long[] sizes) {
        long[][] out = new long[sizes.length][AgeGroups.COUNT];
        long[] remaining = totals.clone();
        long remainingAll = 0;
        for (long t : totals) {
            remainingAll += t;
        }
        for (int j = 0; j < sizes.length; j++) {
            double[] w = new double[AgeGroups.COUNT];
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                w[a] = remainingAll == 0 ? 0 : remaining[a] / (double) remainingAll;
            }
            long[] part = j == sizes.length - 1 ? remaining.clone() : Apportion.split(sizes[j], w);
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                if (part[a] > remaining[a]) {
                    long excess = part[a] - remaining[a];
                    part[a] = remaining[a];
                    for (int b = 0; b < AgeGroups.COUNT && excess > 0; b++) {
                        long room = remaining[b] - part[b];
                        long move = Math.min(room, excess);
                        if (move > 0) {
                            part[b] += move;
                            excess -= move;
                        }
                    }
                }
            }
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                out[j][a] = part[a];
                remaining[a] -= part[a];
                remainingAll -= part[a];
            }
        }
        return out;
    }

    private boolean[] femaleFlags(int held, int females) {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < held; i++) {
            flags.add(i < females);
        }
        Draws.shuffle(r, flags);
        boolean[] out = new boolean[held];
        for (int i = 0; i < held; i++) {
            out[i] = flags.get(i);
        }
        return out;
    }

    private Gp drawGp(Municipality m, boolean female, boolean salariedPost) {
        boolean foreign = r.nextDouble() < parameters.labourMarket().mixShare(2);
        DoctorTraits traits = Doctors.traits(r, parameters.behaviour(), female, foreign);
        double age = initial.ageMin() + (initial.ageMax() - initial.ageMin()) * ages.sample();
        boolean specialist = r.nextDouble() < specialistProbability(age);
        Training training;
        int alisLeft = 0;
        int monthsAsGp;
        if (specialist) {
            training = Training.SPECIALIST;
            monthsAsGp = 60 + (int) Math.max(0, (age - initial.ageMin() - 5) * 12 * r.nextDouble());
        } else if (r.nextDouble() < initial.alisShareOfNonSpecialists()) {
            training = Training.IN_ALIS;
            int course = parameters.alis().trainingMonths();
            alisLeft = 1 + r.nextInt(course);
            monthsAsGp = course - alisLeft;
        } else {
            training = Training.NONE;
            monthsAsGp = r.nextInt(parameters.alis().selfFundedCourseMonths());
        }
        Contract contract = salariedPost ? Contract.SALARIED : Contract.SELF_EMPLOYED;
        return new Gp(sim.newGpId(), traits, age, training, alisLeft, contract, monthsAsGp, 0, 1, r.nextLong());
    }

    /**
     * Sets a GP's time in post: exponential with a median that falls from the large-municipality
     * value to the small-municipality value on log population, capped by its time as a GP.
     */
    private void restoreTenure(Gp gp, Municipality m) {
        double small = 2_000;
        double large = 50_000;
        long pop = m.data().residents();
        double t = pop <= small ? 0 : pop >= large ? 1 : Fdlibm.log(pop / small) / Fdlibm.log(large / small);
        double median = initial.medianTenureSmallYears() + t * (initial.medianTenureLargeYears() - initial.medianTenureSmallYears());
        int months = (int) Math.min(Draws.exponential(r, median * 12 / Fdlibm.log(2)), gp.monthsAsGp());
        months = (int) Math.min(months, Math.max(0, (gp.age() - initial.ageMin()) * 12));
        gp.setInitialTenure(months);
    }

    private double specialistProbability(double age) {
        return 1 / (1 + StrictMath.exp(-(age - specialistMidAge) / SPECIALIST_AGE_SLOPE));
    }

    /**
     * The age at which half the GPs are specialists, found by bisection so that the share of
     * specialists over the initial age distribution equals {@code initial.specialistShare}.
     */
    private double specialistMidAge() {
        org.apache.commons.math3.distribution.BetaDistribution distribution =
                new org.apache.commons.math3.distribution.BetaDistribution(null, initial.ageBetaA(), initial.ageBetaB());
        int n = 200;
        double[] quantiles = new double[n];
        for (int i = 0; i < n; i++) {
            quantiles[i] = initial.ageMin() + (initial.ageMax() - initial.ageMin())
                    * distribution.inverseCumulativeProbability((i + 0.5) / n);
        }
        double lo = initial.ageMin() - 40;
        double hi = initial.ageMax() + 40;
        for (int iter = 0; iter < 60; iter++) {
            double mid = (lo + hi) / 2;
            double share = 0;
            for (double age : quantiles) {
                share += 1 / (1 + StrictMath.exp(-(age - mid) / SPECIALIST_AGE_SLOPE));
            }
            share /= n;
            if (share > initial.specialistShare()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double[] toDoubles(long[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
