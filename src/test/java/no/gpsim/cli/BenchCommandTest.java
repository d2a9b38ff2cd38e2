package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpsim bench on Troms (county 55): the summary lines, and --by-process names every monthly process. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void byProcessTimesEveryMonthlyProcessAndTheObserver() throws IOException {
        Path scenario = CliRun.countyScenario(tmp, "baseline", "troms-bench", "");
        CliRun r = CliRun.of("bench", scenario.toString(), "--years", "1", "--warmup", "0", "--replicates", "2",
                "--by-process");
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        for (String process : new String[] {"PolicyProcess", "DemographyProcess", "WorkloadProcess", "IncomeProcess",
            "GpDecisionProcess", "MunicipalityProcess", "LabourMarketProcess", "PatientMoveProcess", "InvariantCheck",
            "Collector", "(initial state, other)"}) {
            assertTrue(r.out.contains("\n" + process + " "), () -> process + " missing:\n" + r.out);
        }
        // the shares of the processes and the rest make up the whole timed period
        Matcher m = Pattern.compile("(\\d+\\.\\d) %").matcher(r.out);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        assertEquals(100, sum, 0.6, r::toString);
        assertTrue(r.out.contains("cpu_ms_per_replicate="), r::toString);
        assertTrue(r.out.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("ms_per_replicate="), r::toString);
    }

    @Test
    void severalThreadsRunTheTimedReplicatesAtOnceAndRefuseByProcess() throws IOException {
        Path scenario = CliRun.countyScenario(tmp, "baseline", "troms-bench2", "");
        CliRun r = CliRun.of("bench", scenario.toString(), "--years", "1", "--warmup", "1", "--replicates", "3",
                "--threads", "2");
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertTrue(r.out.contains("replicates=3 threads=2 "), r::toString);
        assertTrue(r.out.contains("cpu_ms_per_replicate="), r::toString);

        CliRun both = CliRun.of("bench", scenario.toString(), "--threads", "2", "--by-process");
        assertEquals(GpsimCli.BAD_INPUT, both.exit, both::toString);
        assertTrue(both.err.contains("--by-process times one thread"), both::toString);
    }
}
