package no.gpsim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.engine.Engine;
import no.gpsim.experiment.Estimate;
import no.gpsim.experiment.OnlineEstimate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs a design: every point with replicates 0 to R-1 (seed S + r), on an engine, point by point.
 * Writes {@code runs.csv} (one row per point and replicate, streamed as runs finish, in order) and
 * {@code points.csv} (per point: each outcome's mean and 95 % interval over replicates), and returns
 * the per-point estimates for charts and analyses.
 */
public final class Sweep {

    public static final String RUNS = "runs.csv";
    public static final String POINTS = "points.csv";

    /**
     * What a sweep produced.
     *
     * @param design the design run
     * @param outcomes the outcomes, in column order
     * @param estimates per point, per outcome: mean and interval over replicates
     */
    public record Result(Design design, List<OutcomeSpec> outcomes, List<Estimate[]> estimates) { }

    private Sweep() {
    }

    /**
     * Runs the design and writes its files into {@code dir}.
     *
     * @param listener told as each run finishes (any thread)
     */
    public static Result run(Engine engine, Design design, ModelJob job, List<OutcomeSpec> outcomes, long seed,
                             int replicates, Path dir, Engine.Listener listener) throws IOException {
        List<PointRun> tasks = new ArrayList<>();
        for (int p = 0; p < design.points().size(); p++) {
            for (int r = 0; r < replicates; r++) {
                tasks.add(new PointRun(p, r, seed + r, design.points().get(p)));
            }
        }
        List<String> header = new ArrayList<>(List.of("point", "replicate", "seed"));
        design.factors().forEach(f -> header.add(f.key().path()));
        outcomes.forEach(o -> header.add(o.column()));
        List<String> pointHeader = new ArrayList<>(List.of("point"));
        design.factors().forEach(f -> pointHeader.add(f.key().path()));
        for (OutcomeSpec o : outcomes) {
            pointHeader.addAll(List.of(o.column() + "_mean", o.column() + "_ci_low", o.column() + "_ci_high"));
        }
        pointHeader.add("n");
        List<Estimate[]> estimates = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try (BufferedWriter runsOut = Files.newBufferedWriter(dir.resolve(RUNS), StandardCharsets.UTF_8);
             CSVPrinter runs = new CSVPrinter(runsOut, format);
             BufferedWriter pointsOut = Files.newBufferedWriter(dir.resolve(POINTS), StandardCharsets.UTF_8);
             CSVPrinter points = new CSVPrinter(pointsOut, format)) {
            runs.printRecord(header);
            points.printRecord(pointHeader);
            double[][][] current = {new double[outcomes.size()][replicates]};
            engine.run(tasks, job, listener, (i, result) -> {
                PointRun t = tasks.get(i);
                List<String> row = new ArrayList<>(header.size());
                row.add(Integer.toString(t.point()));
                row.add(Integer.toString(t.replicate()));
                row.add(Long.toString(t.seed()));
                for (double v : t.values()) {
                    row.add(Numbers.cell(v));
                }
                for (int o = 0; o < result.length; o++) {
                    row.add(Numbers.cell(result[o]));
                    current[0][o][t.replicate()] = result[o];
                }
                runs.printRecord(row);
                if (t.replicate() == replicates - 1) {
                    Estimate[] e = new Estimate[outcomes.size()];
                    List<String> prow = new ArrayList<>(pointHeader.size());
                    prow.add(Integer.toString(t.point()));
                    for (double v : t.values()) {
                        prow.add(Numbers.cell(v));
                    }
                    for (int o = 0; o < e.length; o++) {
                        OnlineEstimate acc = new OnlineEstimate();
                        for (double v : current[0][o]) {
                            acc.add(v);
                        }
                        e[o] = acc.estimate();
                        prow.addAll(List.of(Numbers.cell(e[o].mean()), Numbers.cell(e[o].low()),
                                Numbers.cell(e[o].high())));
                    }
                    prow.add(Integer.toString(replicates));
                    points.printRecord(prow);
                    estimates.add(e);
                    runs.flush();
                    points.flush();
                }
            });
        }
        return new Result(design, outcomes, estimates);
    }
}
