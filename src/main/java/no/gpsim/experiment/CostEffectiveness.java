package no.gpsim.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The cost of each scenario against the base per resident-year with a GP gained, over the whole
 * horizon, from paired replicates: replicate r's totals of the state's and the municipalities' costs
 * and of resident-years without a GP (the monthly count of residents on lists without a GP over
 * 12), minus the base's replicate r. Computed online as replicates arrive, in replicate order.
 */
public final class CostEffectiveness {

    /** One scenario's paired estimates over the horizon. */
    public record Row(String scenario, Estimate extraStateCost, Estimate extraMunicipalCost, Estimate extraPublicCost,
                      Estimate residentYearsGained) {

        /** Extra public cost (state and municipalities) per resident-year with a GP gained, NOK; NaN when not meaningful. */
        public double nokPerResidentYear() {
            return meaningful() ? extraPublicCost.mean() / residentYearsGained.mean() : Double.NaN;
        }

        /** Whether the gain is clearly positive (its 95 % interval above zero); otherwise a ratio says nothing. */
        public boolean meaningful() {
            return residentYearsGained.low() > 0;
        }
    }

    private final List<String> names;
    private final Map<Integer, double[]> baseTotals = new HashMap<>();
    private final List<OnlineEstimate[]> estimates = new ArrayList<>();

    public CostEffectiveness(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            estimates.add(new OnlineEstimate[] {new OnlineEstimate(), new OnlineEstimate(), new OnlineEstimate(),
                new OnlineEstimate()});
        }
    }

    /** Adds a replicate of a scenario; the base's replicate r must come before the others' replicate r. */
    public void add(int scenario, ReplicateResult r) {
        double[] totals = totals(r);
        if (scenario == 0) {
            baseTotals.put(r.replicate(), totals);
            return;
        }
        double[] base = baseTotals.get(r.replicate());
        if (base == null) {
            throw new IllegalStateException("replicate " + r.replicate() + " of the base has not arrived");
        }
        OnlineEstimate[] e = estimates.get(scenario);
        e[0].add(totals[0] - base[0]);
        e[1].add(totals[1] - base[1]);
        e[2].add(totals[0] + totals[1] - base[0] - base[1]);
        e[3].add(base[2] - totals[2]);
    }

    /** State cost, municipal cost (NOK) and resident-years without a GP over the horizon of a replicate. */
    static double[] totals(ReplicateResult r) {
        double state = 0;
        double municipal = 0;
        double residentYears = 0;
        for (GroupMonth g : r.months()) {
            if (g.step() == 0 || !g.groupType().equals("national")) {
                continue;
            }
            state += g.get(Metric.STATE_COST_NOK);
            municipal += g.get(Metric.MUNICIPAL_COST_NOK);
            residentYears += g.get(Metric.PATIENTS_WITHOUT_GP) / 12;
        }
        return new double[] {state, municipal, residentYears};
    }

    /** The scenarios other than the base, in input order. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            OnlineEstimate[] e = estimates.get(i);
            out.add(new Row(names.get(i), e[0].estimate(), e[1].estimate(), e[2].estimate(), e[3].estimate()));
        }
        return out;
    }

    /** The CSV name in a comparison's directory. */
    public static final String FILE = "cost_effectiveness.csv";

    /** Writes {@link #FILE}: one row per scenario, means and 95 % intervals, and the ratio where it means something. */
    public void write(Path dir, String base) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(
                     "scenario", "base", "extra_state_cost_nok", "extra_state_cost_low", "extra_state_cost_high",
                     "extra_municipal_cost_nok", "extra_municipal_cost_low", "extra_municipal_cost_high",
                     "extra_public_cost_nok", "extra_public_cost_low", "extra_public_cost_high",
                     "resident_years_with_gp_gained", "resident_years_gained_low", "resident_years_gained_high",
                     "nok_per_resident_year_gained", "n", "note").get())) {
            for (Row r : rows()) {
                List<String> row = new ArrayList<>(List.of(r.scenario(), base));
                for (Estimate e : List.of(r.extraStateCost(), r.extraMunicipalCost(), r.extraPublicCost(),
                        r.residentYearsGained())) {
                    row.add(num(e.mean()));
                    row.add(num(e.low()));
                    row.add(num(e.high()));
                }
                row.add(r.meaningful() ? num(r.nokPerResidentYear()) : "");
                row.add(Integer.toString(r.residentYearsGained().n()));
                row.add(!r.meaningful() ? "no clear gain: the interval of resident-years gained includes zero or is "
                        + "below it, so a cost per resident-year says nothing"
                        : r.extraPublicCost().mean() < 0 ? "cost-saving: less public money and more residents with a GP"
                        : "");
                out.printRecord(row);
            }
        }
    }

    /** One decimal; a value that rounds to zero is written 0.0, never -0.0 (a rounding residue of a sum of costs). */
    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }
}
