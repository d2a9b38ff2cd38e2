package no.gpsim.bench;

import java.util.concurrent.TimeUnit;
import no.gpsim.TestScenarios;
import no.gpsim.model.GpSim;
import no.gpsim.process.DemographyProcess;
import no.gpsim.process.GpDecisionProcess;
import no.gpsim.process.IncomeProcess;
import no.gpsim.process.LabourMarketProcess;
import no.gpsim.process.MunicipalityProcess;
import no.gpsim.process.PatientMoveProcess;
import no.gpsim.process.WorkloadProcess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the monthly processes on the national baseline, next to
 * {@code gpsim bench} (which times whole replicates). Each benchmark runs one process for one
 * month on a model that has run its first year (so the labour market has a pool of candidates and
 * open posts); the state is rebuilt for every iteration, so repeated months do not drift far.
 *
 * <p>Run from the project directory after {@code mvn -B -q test-compile}:
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ProcessBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProcessBenchmark {

    private GpSim sim;

    @Setup(Level.Iteration)
    public void oneYearIn() {
        sim = TestScenarios.baselineOneYearIn();
    }

    @Benchmark
    public GpSim demography() {
        new DemographyProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim workload() {
        new WorkloadProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim income() {
        new IncomeProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim gpDecisions() {
        new GpDecisionProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim municipalities() {
        new MunicipalityProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim labourMarket() {
        new LabourMarketProcess().step(sim);
        return sim;
    }

    @Benchmark
    public GpSim patientMoves() {
        new PatientMoveProcess().step(sim);
        return sim;
    }
}
