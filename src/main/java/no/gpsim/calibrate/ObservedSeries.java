package no.gpsim.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalPanel;
import no.gpsim.data.MunicipalityData;
import no.gpsim.observe.Metric;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The observed national figures a calibration fits: from {@code gp_national_by_year.csv}, each
 * fitted metric at each fitted period, with the step of a run at which the model's value is read.
 */
final class ObservedSeries {

    /** The metrics the national series has a counterpart for. */
    static final Set<Metric> FITTABLE = Set.of(Metric.SHARE_WITHOUT_GP, Metric.LISTS_VACANT, Metric.GPS,
            Metric.MEAN_LIST_LENGTH, Metric.SALARIED_SHARE, Metric.VACANCIES_OVER_12M_SHARE, Metric.MEAN_SPARE_CAPACITY);

    /** One observed figure: period, the step at which the model is read, metric and value. */
    record Target(String period, int step, Metric metric, double value) { }

    /**
     * One centrality class of the municipal panel at the end of a year: the municipalities the data
     * cover (indices into the run's municipalities), their weights (residents) and the observed
     * weighted mean share of patients on lists without a GP.
     */
    record PanelTarget(int year, int centrality, int[] municipalities, double[] weights, double value) { }

    /** The step at which a run that starts in {@code start} ends month {@code month}. */
    static int step(YearMonth start, YearMonth month) {
        return (month.getYear() - start.getYear()) * 12 + month.getMonthValue() - start.getMonthValue() + 1;
    }

    /**
     * The panel's targets: for each fitted year and centrality class, the municipalities of the run
     * the panel has a share for, weighted by residents. A class with no covered municipality has no
     * target.
     */
    static List<PanelTarget> panelTargets(CalibrationSpec.Panel panel, List<MunicipalityData> municipalities) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < municipalities.size(); i++) {
            index.put(municipalities.get(i).code(), i);
        }
        Map<Integer, Map<String, Double>> observed = MunicipalPanel.sharesWithoutGp(panel.observed());
        List<PanelTarget> out = new ArrayList<>();
        for (int year : panel.years()) {
            // the run's municipalities with a share that year, by index
            Map<Integer, Double> shares = new TreeMap<>();
            observed.getOrDefault(year, Map.of()).forEach((code, share) -> {
                Integer m = index.get(code);
                if (m != null) {
                    shares.put(m, share);
                }
            });
            for (int c = 1; c <= 6; c++) {
                final int cls = c;
                int[] ms = shares.keySet().stream().filter(m -> municipalities.get(m).centrality() == cls)
                        .mapToInt(Integer::intValue).toArray();
                if (ms.length == 0) {
                    continue;
                }
                double[] w = new double[ms.length];
                double num = 0;
                double den = 0;
                for (int i = 0; i < ms.length; i++) {
                    w[i] = municipalities.get(ms[i]).residents();
                    num += w[i] * shares.get(ms[i]);
                    den += w[i];
                }
                out.add(new PanelTarget(year, c, ms, w, num / den));
            }
        }
        return out;
    }

    private ObservedSeries() {
    }

    /**
     * The targets of a calibration: every fitted metric the file has a figure for, at every fitted
     * period. A period after the fit window is refused: held-out data stay out of the fit.
     */
    static List<Target> targets(CalibrationSpec spec, YearMonth start) {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(spec.observed(), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new BadInputException(spec.observed() + ": cannot be read (" + e.getMessage() + ")");
        }
        List<Target> out = new ArrayList<>();
        for (String period : spec.periods()) {
            CSVRecord row = rows.stream().filter(x -> x.get("period").equals(period)).findFirst()
                    .orElseThrow(() -> new BadInputException(spec.file() + ": periods: " + period + " is not in "
                            + spec.observed().getFileName()));
            LocalDate date = LocalDate.parse(row.get("reference_date"));
            YearMonth month = YearMonth.from(date);
            if (month.isAfter(spec.fitUntil())) {
                throw new BadInputException(spec.file() + ": periods: " + period + " (" + date + ") is after fitUntil "
                        + spec.fitUntil() + "; data held out for validation stay out of the fit");
            }
            int step = step(start, month);
            for (Metric m : spec.scales().keySet()) {
                Double v = value(row, m);
                if (v != null) {
                    out.add(new Target(period, step, m, v));
                }
            }
        }
        return out;
    }

    /** The observed value of a metric in a row of the national series, or null where it has none. */
    static Double value(CSVRecord row, Metric m) {
        return switch (m) {
            case SHARE_WITHOUT_GP -> {
                Double w = num(row, "list_pop_without_gp");
                Double h = num(row, "list_pop_with_gp");
                yield w == null || h == null ? null : w / (w + h);
            }
            case LISTS_VACANT -> num(row, "lists_without_gp");
            case GPS -> num(row, "lists_with_gp");
            case MEAN_LIST_LENGTH -> num(row, "avg_list_length_fixed_gps");
            case SALARIED_SHARE -> {
                Double s = num(row, "share_salaried_of_lists_with_gp_pct");
                yield s == null ? null : s / 100;
            }
            case VACANCIES_OVER_12M_SHARE -> {
                Double a = num(row, "lists_without_gp_over_1yr");
                Double b = num(row, "lists_without_gp");
                yield a == null || b == null || b == 0 ? null : a / b;
            }
            case MEAN_SPARE_CAPACITY -> num(row, "avg_cap_minus_length_fixed_gps");
            default -> null;
        };
    }

    private static Double num(CSVRecord row, String col) {
        String s = row.isMapped(col) ? row.get(col) : "";
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }
}
