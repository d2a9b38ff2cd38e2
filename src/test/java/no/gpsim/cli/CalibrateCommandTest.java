package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.gpsim.calibrate.Posterior;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpsim calibrate end to end on a tiny calibration (Troms, the history's first year, 6 particles,
 * one generation after the prior): checkpoints, posterior, manifest, resume, and the refusal of
 * data held out of the fit.
 */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    private Path spec(String fitUntil, String periods) throws IOException {
        return spec(fitUntil, periods, "");
    }

    private Path spec(String fitUntil, String periods, String extra) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/history-2019.yaml").toAbsolutePath() + "'\n"
                + "observed: '" + Path.of("scenarios/data/gp_national_by_year.csv").toAbsolutePath() + "'\n"
                + "county: '55'\n"
                + "fitUntil: " + fitUntil + "\n"
                + "periods: " + periods + "\n"
                + "scales:\n  share_without_gp: 0.005\n  mean_list_length: 15\n"
                + extra
                + "parameters:\n"
                + "  - key: labourMarket.candidatesPerYear\n    low: 500\n    high: 1200\n"
                + "  - key: exit.noticeMonths\n    low: 1\n    high: 6\n"
                + "particles: 6\ngenerations: 1\nquantile: 0.5\nseed: 7\nbatch: 4\nmaxEvaluationsPerGeneration: 200\n");
        return file;
    }

    @Test
    void aTinyCalibrationRunsEndToEndAndResumes() throws IOException {
        Path out = tmp.resolve("cal");
        String panelAndFlow = "panel:\n  observed: '" + Path.of("scenarios/data/gp_trend_by_municipality.csv")
                .toAbsolutePath() + "'\n  years: [2020]\n  scale: 0.02\n"
                + "flows:\n  - name: exits\n    metrics: [exits_retirement, exits_other]\n    from: 2020-01\n"
                + "    to: 2020-12\n    value: 20\n    scale: 5\n";
        CliRun run = CliRun.of("calibrate", spec("2020-12", "[2020Q4]", panelAndFlow).toString(), "--out",
                out.toString(), "--threads", "2");
        assertEquals(0, run.exit, run.toString());
        for (String f : List.of("generation-0.csv", "generation-1.csv", "posterior.csv", "calibration.json")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        List<String> keys = List.of("labourMarket.candidatesPerYear", "exit.noticeMonths");
        Posterior post = Posterior.read(out.resolve("posterior.csv"), keys);
        assertEquals(6, post.generation().particles().size());
        assertTrue(post.generation().epsilon() < Double.POSITIVE_INFINITY, "generation 1 has a finite tolerance");
        double q = post.quantile(0, 0.5);
        assertTrue(q >= 500 && q <= 1200, "inside the prior: " + q);
        String manifest = Files.readString(out.resolve("calibration.json"));
        assertTrue(manifest.contains("observed_sha256"), manifest);
        assertTrue(manifest.contains("\"panel\"") && manifest.contains("exits_retirement"), manifest);

        CliRun again = CliRun.of("calibrate", spec("2020-12", "[2020Q4]", panelAndFlow).toString(), "--out",
                out.toString());
        assertEquals(2, again.exit, "an earlier run is not overwritten silently: " + again);
        CliRun resumed = CliRun.of("calibrate", spec("2020-12", "[2020Q4]", panelAndFlow).toString(), "--out",
                out.toString(),
                "--resume", "--generations", "2", "--threads", "1");
        assertEquals(0, resumed.exit, resumed.toString());
        assertTrue(resumed.err.contains("resuming after generation 1"), resumed.err);
        assertTrue(Files.exists(out.resolve("generation-2.csv")));
    }

    @Test
    void dataHeldOutOfTheFitAreRefused() throws IOException {
        CliRun run = CliRun.of("calibrate", spec("2022-12", "[2020Q4, 2023Q4]").toString(), "--out",
                tmp.resolve("x").toString());
        assertEquals(2, run.exit, run.toString());
        assertTrue(run.err.contains("after fitUntil"), run.err);
    }

    @Test
    void panelYearsAndFlowsHeldOutOfTheFitAreRefused() throws IOException {
        CliRun panel = CliRun.of("calibrate", spec("2022-06", "[2020Q4]", "panel:\n  observed: x.csv\n"
                + "  years: [2021, 2022]\n  scale: 0.02\n").toString(), "--out", tmp.resolve("p").toString());
        assertEquals(2, panel.exit, panel.toString());
        assertTrue(panel.err.contains("panel.years: 2022") && panel.err.contains("tiny.yaml"), panel.err);
        CliRun flow = CliRun.of("calibrate", spec("2022-06", "[2020Q4]", "flows:\n  - name: exits\n"
                + "    metrics: [exits_other]\n    from: 2020-01\n    to: 2022-12\n    value: 9\n    scale: 1\n")
                .toString(), "--out", tmp.resolve("f").toString());
        assertEquals(2, flow.exit, flow.toString());
        assertTrue(flow.err.contains("flows.to: 2022-12") && flow.err.contains("after fitUntil"), flow.err);
        CliRun metric = CliRun.of("calibrate", spec("2022-06", "[2020Q4]", "flows:\n  - name: x\n"
                + "    metrics: [gps]\n    from: 2020-01\n    to: 2020-12\n    value: 9\n    scale: 1\n")
                .toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, metric.exit, metric.toString());
        assertTrue(metric.err.contains("not a flow metric"), metric.err);
    }
}
