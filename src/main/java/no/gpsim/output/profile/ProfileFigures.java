package no.gpsim.output.profile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gpsim.experiment.Estimate;
import no.gpsim.output.RunResults;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.ProfileChart;

/**
 * The figures of a profile page, drawn with the charts' house style ({@link ProfileChart}) and
 * embedded as PNG: where the place is (beside the key figures), one trajectory per outcome, and
 * the place among its class's municipalities.
 */
final class ProfileFigures {

    /** The outcomes charted over the years, in page order. */
    static final List<Measure> TRAJECTORIES = List.of(Measure.SHARE_WITHOUT_GP, Measure.LISTS_VACANT,
            Measure.MEAN_LIST_LENGTH, Measure.MEAN_ONCALL_HOURS, Measure.MONTHS_TO_FILL, Measure.COST_PER_RESIDENT);

    /** Fewest replicates with a value for a chart to draw a band; the tables give every interval. */
    static final int MIN_BAND = 3;

    private ProfileFigures() {
    }

    /**
     * Figures beside the key figures, showing where the place is: a locator map of the run's
     * municipalities with the place's own dark (package no.gpsim.output.map).
     */
    static List<Figure> place(Place place, RunContext run) throws IOException {
        List<String> runCodes = run.places.entries().stream().map(Places.Entry::code).toList();
        List<String> members = place.members().stream().map(Places.Entry::code).toList();
        org.jfree.chart.JFreeChart map = no.gpsim.output.map.Maps.locator(place.title(), members.size() == 1
                ? "Where it is among the run's municipalities" : "Its " + members.size() + " municipalities among the "
                + "run's", runCodes, members);
        byte[] png = ChartFiles.png(map, 700, 770, 1);
        return List.of(new Figure("map", "Where " + place.title() + " is: its municipalities dark teal (ringed and named when there are at most three), the run's others "
                + "pale; a dot marks one too small to see. " + no.gpsim.output.map.Maps.CREDIT, "Map of Norway locating "
                + place.title() + ". " + no.gpsim.output.map.Maps.CREDIT, png));
    }

    /** One chart per outcome in {@link #TRAJECTORIES} that has values, with the class dashed beside it. */
    static List<Figure> trajectories(Place place, RunContext run, Trajectory t) throws IOException {
        RunResults r = run.results;
        String classLabel = "centrality class " + place.centrality() + " as a whole (dashed)";
        String subtitle = (r.replicates() >= MIN_BAND ? "Lines and bands: mean and 95 % interval over "
                + r.replicates() + " replicates" : "Lines: mean over " + r.replicates() + " replicates (too few for "
                + "bands; the table gives the intervals)") + "; dashed: centrality class " + place.centrality()
                + " as a whole";
        List<Figure> out = new ArrayList<>();
        for (Measure m : TRAJECTORIES) {
            if (!t.hasValues(m)) {
                continue;
            }
            List<ProfileChart.Series> series = new ArrayList<>();
            for (int s = 0; s < r.scenarios().size(); s++) {
                String scenario = r.scenarios().get(s);
                List<double[]> band = new ArrayList<>();
                List<double[]> reference = new ArrayList<>();
                for (int year : t.years()) {
                    Estimate e = Show.bounded(m, t.value(scenario, year, m));
                    double k = Show.scale(m);
                    if (e != null) {
                        // an interval over one or two replicates (t = 12.7 for two) says nothing a chart can show
                        boolean banded = e.hasInterval() && e.n() >= MIN_BAND;
                        band.add(new double[] {year, e.mean() * k, (banded ? e.low() : e.mean()) * k,
                            (banded ? e.high() : e.mean()) * k});
                    }
                    double c = classLine(r, t, scenario, place.centrality(), year, m);
                    if (!Double.isNaN(c)) {
                        reference.add(new double[] {year, c * k});
                    }
                }
                series.add(new ProfileChart.Series(scenario, s, band, reference));
            }
            String what = chartTitle(m);
            byte[] png = ChartFiles.png(ProfileChart.trajectory(place.title() + ": " + what, subtitle,
                    capital(what) + " (" + m.unitText() + ")", series, classLabel, includeZero(m)));
            out.add(new Figure("chart-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-'), caption(m, place),
                    capital(what) + " in " + place.title() + " by year and scenario", png));
        }
        return out;
    }

    /**
     * The class's value beside the place's: the class as a whole, and for vacant lists the class's
     * share of lists vacant times the place's lists in that scenario and year, so both are counts.
     */
    static double classLine(RunResults r, Trajectory t, String scenario, int centrality, int year, Measure m) {
        if (m == Measure.LISTS_VACANT) {
            Estimate lists = t.value(scenario, year, Measure.LISTS);
            return lists == null ? Double.NaN
                    : ClassComparison.classValue(r, scenario, centrality, year, Measure.VACANT_SHARE) * lists.mean();
        }
        return ClassComparison.classValue(r, scenario, centrality, year, m);
    }

    private static boolean includeZero(Measure m) {
        return m == Measure.SHARE_WITHOUT_GP || m == Measure.LISTS_VACANT;
    }

    private static String chartTitle(Measure m) {
        return switch (m) {
            case SHARE_WITHOUT_GP -> "residents without a GP";
            case LISTS_VACANT -> "vacant lists";
            case MEAN_LIST_LENGTH -> "patients per GP";
            case MEAN_ONCALL_HOURS -> "on-call hours per GP";
            case MONTHS_TO_FILL -> "time to fill a post";
            case COST_PER_RESIDENT -> "municipal cost per resident";
            default -> m.label().toLowerCase(Locale.ROOT);
        };
    }

    private static String caption(Measure m, Place place) {
        String c = "Centrality class " + place.centrality();
        return switch (m) {
            case SHARE_WITHOUT_GP -> "Share of residents on lists without a GP at the end of each year. Dashed: " + c
                    + " as a whole.";
            case LISTS_VACANT -> "Lists without a GP at the end of each year. Dashed: " + c + "'s share of lists vacant, "
                    + "applied to this place's lists, so that the two are on the same scale.";
            case MEAN_LIST_LENGTH -> "Patients per GP (per held list) at the end of each year. Dashed: " + c
                    + " as a whole.";
            case MEAN_ONCALL_HOURS -> "On-call hours per GP per week at the end of each year, own duty and back-up. "
                    + "Dashed: " + c + " as a whole.";
            case MONTHS_TO_FILL -> "Mean months from a post falling vacant to its new GP starting, over the posts filled "
                    + "in the year; a replicate that filled no post that year is left out. Dashed: " + c + " as a whole.";
            case COST_PER_RESIDENT -> "The municipality's net cost of its GP service over the year (after state "
                    + "transfers), per resident on the lists; the end-year table gives the total. Dashed: " + c
                    + " as a whole.";
            default -> m.label() + ".";
        };
    }

    /** For a single municipality: the class's municipalities by residents and share without a GP in the base. */
    static List<Figure> classes(Place place, RunContext run, ClassComparison classes) throws IOException {
        if (!place.single()) {
            return List.of();
        }
        RunResults r = run.results;
        String base = r.base();
        int end = r.lastYear();
        Places.Entry own = place.members().get(0);
        List<ProfileChart.Point> others = new ArrayList<>();
        ProfileChart.Point mine = null;
        List<String> codes = run.classCodes(place.centrality());
        for (String code : codes) {
            double pop = classes.mean(code, base, Measure.POPULATION);
            double share = classes.mean(code, base, Measure.SHARE_WITHOUT_GP);
            if (Double.isNaN(pop) || Double.isNaN(share)) {
                continue;
            }
            ProfileChart.Point point = new ProfileChart.Point(pop, share * 100);
            if (code.equals(own.code())) {
                mine = point;
            } else {
                others.add(point);
            }
        }
        if (mine == null) {
            return List.of();
        }
        byte[] png = ChartFiles.png(ProfileChart.standing(own.name() + " (" + own.code() + ") among the " + codes.size()
                        + " municipalities of centrality class " + place.centrality() + ", end of " + end,
                "Each point: one municipality of the class, mean over " + r.replicates() + " replicates of " + base,
                "Residents on the lists, end of " + end + " (log scale)", "Residents without a GP (% of residents)",
                others, mine, own.name(), "other municipalities of class " + place.centrality()));
        return List.of(new Figure("chart-class", "Each point is a municipality of centrality class " + place.centrality()
                + ": its residents and its share of residents without a GP at the end of " + end + " in " + base + "; "
                + own.name() + " is marked.", own.name() + " among the municipalities of its centrality class", png));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
