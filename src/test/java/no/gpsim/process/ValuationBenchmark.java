package no.gpsim.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.gpsim.TestScenarios;
import no.gpsim.model.Candidate;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the choices inside the two costliest processes (gpsim bench
 * --by-process: the labour market and the GP decisions), per choice, on the national baseline a
 * year in: a GP's yearly cap review (every cap on the grid), a candidate's valuation of a post
 * (its best cap, five years of income), the terms of a post (worked out once per post and
 * month), and a GP's monthly exit decision. Nothing is changed, so every invocation sees the same
 * state. In this package because the valuations are package-private.
 *
 * <p>Run from the project directory after {@code mvn -B -q test-compile}:
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ValuationBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValuationBenchmark {

    /** GPs and posts per invocation: the first this many of the country, for a per-choice figure. */
    private static final int N = 1_000;

    private GpSim sim;
    private CapReview review;
    private final List<Gp> gps = new ArrayList<>();
    private final List<PatientList> posts = new ArrayList<>();
    private final List<PostValuation.Terms> terms = new ArrayList<>();
    private Candidate candidate;
    private PostValuation valuation;

    @Setup(Level.Trial)
    public void oneYearIn() {
        sim = TestScenarios.baselineOneYearIn();
        review = new CapReview(sim);
        valuation = new PostValuation(sim, sim.parameters());
        candidate = LabourMarketProcess.typical(sim.parameters());
        for (Gp gp : sim.gps()) {
            if (gps.size() < N && !gp.isLeaving()) {
                gps.add(gp);
            }
        }
        for (Municipality m : sim.municipalities()) {
            for (int k = 0; k < m.listCount() && posts.size() < N; k++) {
                posts.add(m.list(k));
            }
        }
        for (PatientList list : posts) {
            terms.add(valuation.terms(list));
        }
        if (gps.size() < N || posts.size() < N) {
            throw new IllegalStateException("fewer than " + N + " GPs or posts");
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void capReview(Blackhole bh) {
        for (Gp gp : gps) {
            bh.consume(review.choose(gp));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void postTerms(Blackhole bh) {
        for (PatientList list : posts) {
            bh.consume(valuation.terms(list));
        }
    }

    /** A typical candidate values the posts; the terms and their caches are reused, as within a month. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void postValue(Blackhole bh) {
        for (PostValuation.Terms t : terms) {
            bh.consume(valuation.value(candidate, t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void exitDecision(Blackhole bh) {
        var p = sim.parameters();
        int step = sim.monthsDone();
        for (Gp gp : gps) {
            bh.consume(GpDecisionProcess.exitReason(p.exit(), p, gp, sim.streams(), step));
        }
    }
}
