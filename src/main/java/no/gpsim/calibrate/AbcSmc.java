package no.gpsim.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.gpsim.engine.Engine;
import no.gpsim.engine.Job;
import no.gpsim.engine.LocalEngine;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC; Toni et al. 2009, with the
 * weights and the perturbation kernel of Beaumont et al. 2009 and the adaptive tolerance of Del
 * Moral et al. 2012): a population of parameter sets is moved through generations of shrinking
 * tolerance. Generation 0 samples the prior and keeps every set; generation t takes the tolerance
 * as the {@code quantile} of generation t-1's distances, proposes sets by drawing a particle of
 * t-1 by weight and perturbing it with a Gaussian of twice that generation's weighted variance
 * (per parameter), simulates each, keeps those within the tolerance, and weights them by prior
 * density over the kernel-weighted density of the previous generation.
 *
 * <p>Deterministic whatever the number of threads: proposals are made in fixed batches from a
 * generator seeded by the run's seed and the generation, each simulation gets a seed of its own
 * (seed, generation, proposal), batches are evaluated in parallel and accepted in proposal order.
 */
public final class AbcSmc {

    /** A uniform prior on [low, high] for one parameter. */
    public record Prior(String name, double low, double high) {
        public Prior {
            if (!(low < high)) {
                throw new IllegalArgumentException(name + ": the prior's low (" + low + ") must be below its high (" + high + ")");
            }
        }

        boolean contains(double x) {
            return x >= low && x <= high;
        }
    }

    /** The simulator: the distance between the data and a run with these parameters and this seed. */
    public interface Model extends java.io.Serializable {
        double distance(double[] theta, long seed);
    }

    /** One simulation to run: a proposed parameter set and its seed. */
    public record Proposal(double[] theta, long seed) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One weighted parameter set and the distance of its simulation. */
    public record Particle(double[] theta, double weight, double distance) {
        public Particle {
            theta = theta.clone();
        }

        @Override
        public double[] theta() {
            return theta.clone();
        }
    }

    /** A finished generation: its tolerance, particles (weights summing to 1) and simulations run. */
    public record Generation(int index, double epsilon, List<Particle> particles, long evaluations) {
        public Generation {
            particles = List.copyOf(particles);
        }

        /** Share of this generation's simulations that were kept. */
        public double acceptance() {
            return evaluations == 0 ? 0 : particles.size() / (double) evaluations;
        }
    }

    /**
     * @param particles particles per generation
     * @param generations generations after generation 0
     * @param quantile tolerance of generation t as this quantile of generation t-1's distances
     * @param seed the run's seed
     * @param batch proposals simulated together (fixed, so results do not depend on threads)
     * @param maxEvaluations the most simulations one generation may run before the run stops
     */
    public record Settings(int particles, int generations, double quantile, long seed, int batch, long maxEvaluations) {
        public Settings {
            if (particles < 2 || generations < 0 || !(quantile > 0 && quantile < 1) || batch < 1 || maxEvaluations < particles) {
                throw new IllegalArgumentException("ABC-SMC settings out of range: " + particles + " particles, "
                        + generations + " generations, quantile " + quantile + ", batch " + batch);
            }
        }
    }

    /** Told of each simulation as it finishes and of each finished generation. */
    public interface Listener {
        void evaluated(int generation, int accepted, long evaluations);

        void finished(Generation g);
    }

    private final List<Prior> priors;
    private final Model model;
    private final Settings settings;
    private final Engine engine;

    /** A calibration on {@code threads} local threads. */
    public AbcSmc(List<Prior> priors, Model model, Settings settings, int threads) {
        this(priors, model, settings, new LocalEngine(Math.max(1, threads)));
    }

    /** A calibration whose simulations run on an engine (local threads or Spark); the caller closes it. */
    public AbcSmc(List<Prior> priors, Model model, Settings settings, Engine engine) {
        this.priors = List.copyOf(priors);
        this.model = model;
        this.settings = settings;
        this.engine = engine;
    }

    /**
     * Runs the generations after {@code done} (empty to start from the prior) and returns all of
     * them, {@code done} included. The run stops early, after a finished generation, when a
     * generation cannot keep its particles within {@code maxEvaluations} simulations.
     */
    public List<Generation> run(List<Generation> done, Listener listener) {
        List<Generation> out = new ArrayList<>(done);
        for (int g = out.size(); g <= settings.generations(); g++) {
            Generation previous = g == 0 ? null : out.get(g - 1);
            Generation next = generation(g, previous, listener);
            if (next == null) {
                break;
            }
            out.add(next);
            listener.finished(next);
        }
        return out;
    }

    private Generation generation(int g, Generation previous, Listener listener) {
        Model m = model;
        Job<Proposal, Double> job = p -> m.distance(p.theta(), p.seed());
        double epsilon = previous == null ? Double.POSITIVE_INFINITY : quantile(previous, settings.quantile());
        double[] sd = previous == null ? null : kernelSd(previous);
        double[] cumulative = previous == null ? null : cumulativeWeights(previous);
        RandomGenerator rng = new Well19937c(new int[] {(int) settings.seed(), (int) (settings.seed() >>> 32), g, 0x5EED});
        List<Particle> kept = new ArrayList<>();
        long evaluations = 0;
        while (kept.size() < settings.particles()) {
            if (evaluations >= settings.maxEvaluations()) {
                return null;
            }
            List<double[]> proposals = new ArrayList<>();
            for (int b = 0; b < settings.batch(); b++) {
                proposals.add(previous == null ? fromPrior(rng) : perturbed(previous, cumulative, sd, rng));
            }
            List<Proposal> runs = new ArrayList<>();
            for (int b = 0; b < proposals.size(); b++) {
                runs.add(new Proposal(proposals.get(b), simulationSeed(g, evaluations + b)));
            }
            double[] distances = new double[runs.size()];
            try {
                engine.run(runs, job, t -> { }, (t, d) -> distances[t] = d);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (int b = 0; b < proposals.size() && kept.size() < settings.particles(); b++) {
                double d = distances[b];
                evaluations++;
                if (d <= epsilon) {
                    double[] theta = proposals.get(b);
                    double w = previous == null ? 1 : priorDensity(theta) / kernelMixture(previous, theta, sd);
                    kept.add(new Particle(theta, w, d));
                }
                listener.evaluated(g, kept.size(), evaluations);
            }
        }
        double total = kept.stream().mapToDouble(Particle::weight).sum();
        List<Particle> normalised = new ArrayList<>();
        for (Particle p : kept) {
            normalised.add(new Particle(p.theta(), p.weight() / total, p.distance()));
        }
        return new Generation(g, epsilon, normalised, evaluations);
    }

    private long simulationSeed(int g, long proposal) {
        long z = settings.seed() ^ (0x9E3779B97F4A7C15L * (g + 1)) ^ (0xBF58476D1CE4E5B9L * (proposal + 1));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private double[] fromPrior(RandomGenerator rng) {
        double[] theta = new double[priors.size()];
        for (int i = 0; i < theta.length; i++) {
            Prior p = priors.get(i);
            theta[i] = p.low() + rng.nextDouble() * (p.high() - p.low());
        }
        return theta;
    }

    private double[] perturbed(Generation previous, double[] cumulative, double[] sd, RandomGenerator rng) {
        while (true) {
            int j = Arrays.binarySearch(cumulative, rng.nextDouble());
            j = j < 0 ? Math.min(-j - 1, cumulative.length - 1) : j;
            double[] base = previous.particles().get(j).theta();
            double[] theta = new double[base.length];
            boolean inside = true;
            for (int i = 0; i < theta.length; i++) {
                theta[i] = base[i] + sd[i] * rng.nextGaussian();
                inside &= priors.get(i).contains(theta[i]);
            }
            if (inside) {
                return theta;
            }
        }
    }

    private double priorDensity(double[] theta) {
        double d = 1;
        for (int i = 0; i < theta.length; i++) {
            Prior p = priors.get(i);
            d *= p.contains(theta[i]) ? 1 / (p.high() - p.low()) : 0;
        }
        return d;
    }

    /** The previous generation's weighted density under the perturbation kernel at {@code theta}. */
    private static double kernelMixture(Generation previous, double[] theta, double[] sd) {
        double sum = 0;
        for (Particle p : previous.particles()) {
            double[] t = p.theta();
            double logK = 0;
            for (int i = 0; i < theta.length; i++) {
                double z = (theta[i] - t[i]) / sd[i];
                logK += -0.5 * z * z - StrictMath.log(sd[i]);
            }
            sum += p.weight() * StrictMath.exp(logK);
        }
        return sum;
    }

    /** Twice the weighted variance of each parameter in a generation, as a standard deviation. */
    static double[] kernelSd(Generation g) {
        int k = g.particles().get(0).theta().length;
        double[] mean = new double[k];
        for (Particle p : g.particles()) {
            double[] t = p.theta();
            for (int i = 0; i < k; i++) {
                mean[i] += p.weight() * t[i];
            }
        }
        double[] sd = new double[k];
        for (Particle p : g.particles()) {
            double[] t = p.theta();
            for (int i = 0; i < k; i++) {
                sd[i] += p.weight() * (t[i] - mean[i]) * (t[i] - mean[i]);
            }
        }
        for (int i = 0; i < k; i++) {
            sd[i] = Math.max(1e-12, Math.sqrt(2 * sd[i]));
        }
        return sd;
    }

    private static double[] cumulativeWeights(Generation g) {
        double[] c = new double[g.particles().size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += g.particles().get(i).weight();
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    /** The q-quantile of a generation's distances (unweighted, as in the adaptive schemes). */
    static double quantile(Generation g, double q) {
        double[] d = g.particles().stream().mapToDouble(Particle::distance).toArray();
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(d, 100 * q);
    }
}
