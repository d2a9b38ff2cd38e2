package no.gpsim.output.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityData;
import no.gpsim.experiment.Estimate;
import no.gpsim.output.RunResults;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.ProfileChart;

/**
 * Writes profiles: one self-contained HTML page per municipality, on-call district or BA region of
 * a finished run ({@code gpsim profile RUN_DIR --municipality 1856}, or {@code gpsim compare
 * --profiles 1856,...}), by default {@code RUN_DIR/profiles/<code>-<name>.html}. A page shows the
 * place's key figures at the start, its trajectory under each scenario with intervals and the
 * class's beside it, the end-year figures with the differences from the base, and how it compares
 * with the municipalities of its centrality class.
 *
 * <p>The raw municipalities file is read once for all the pages asked for, streaming. Each page is
 * written to a hidden file beside its target and moved into place, so a failure leaves no
 * half-written page. The bytes depend on the run directory alone.
 */
public final class Profiles {

    /** The folder of a run directory the pages go to. */
    public static final String DIR = "profiles";

    /** The outcomes charted over the years, in page order. */
    static final List<Measure> TRAJECTORIES = List.of(Measure.SHARE_WITHOUT_GP, Measure.LISTS_VACANT,
            Measure.MEAN_LIST_LENGTH, Measure.MEAN_ONCALL_HOURS, Measure.MONTHS_TO_FILL, Measure.COST_PER_RESIDENT);

    /** Fewest replicates with a value for a chart to draw a band; the tables give every interval. */
    static final int MIN_BAND = 3;

    /** A profile asked for: its kind and what the user typed (a code or a name). */
    public record Request(Place.Kind kind, String query) { }

    /** A page written. */
    public record Written(Place place, Path file) { }

    private Profiles() {
    }

    /**
     * Writes one page per request.
     *
     * @param out the file to write, for a single request; null for {@code RUN_DIR/profiles/<stem>.html}
     * @throws BadInputException for a query that matches no place or several, a run without the raw
     *     municipalities file, or {@code out} with more than one request
     */
    public static List<Written> write(Path runDir, List<Request> requests, Path out) throws IOException {
        if (out != null && requests.size() > 1) {
            throw new BadInputException("--out names one file, but " + requests.size() + " profiles were asked for; "
                    + "leave --out out to write them all to " + runDir.resolve(DIR));
        }
        List<Written> written = new ArrayList<>();
        for (Profile profile : build(runDir, requests, true)) {
            Place place = profile.place();
            Path target = out != null ? out : runDir.resolve(DIR).resolve(place.fileStem() + ".html");
            writeAtomically(target, new ProfilePage(profile).render());
            written.add(new Written(place, target));
        }
        return written;
    }

    /**
     * Resolves the requests, reads the raw rows once for all of them and, with {@code figures},
     * draws the figures (tests of the numbers leave them out, as drawing is most of the time).
     */
    static List<Profile> build(Path runDir, List<Request> requests, boolean figures) throws IOException {
        if (requests.isEmpty()) {
            throw new BadInputException("give a place: --municipality CODE|NAME, --district CODE|NAME or --region CODE|NAME");
        }
        System.setProperty("java.awt.headless", "true");
        RunContext run = RunContext.read(runDir);
        List<Place> places = new ArrayList<>();
        for (Request q : requests) {
            places.add(resolve(run, q));
        }
        Path raw = RawMunicipalities.find(runDir);
        RunResults results = run.results;
        List<Integer> years = results.years();
        int endYear = results.lastYear();
        Map<String, List<ReplicateTable>> tablesOf = new LinkedHashMap<>();
        List<ReplicateTable> tables = new ArrayList<>();
        for (Place place : places) {
            Set<String> codes = new HashSet<>();
            place.members().forEach(m -> codes.add(m.code()));
            ReplicateTable table = new ReplicateTable(results.scenarios(), results.replicates(), years, years.get(0), codes);
            tables.add(table);
            codes.forEach(c -> tablesOf.computeIfAbsent(c, k -> new ArrayList<>()).add(table));
        }
        ClassComparison classes = new ClassComparison(results.scenarios());
        RawMunicipalities.read(raw, code -> true, row -> {
            for (ReplicateTable t : tablesOf.getOrDefault(row.code(), List.of())) {
                t.add(raw, row);
            }
            if (row.year() == endYear) {
                classes.add(row);
            }
        });
        List<Profile> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            Trajectory trajectory = tables.get(i).trajectory(raw);
            out.add(figures ? new Profile(place, run, trajectory, classes, placeFigures(place, run),
                    trajectoryFigures(place, run, trajectory), classFigures(place, run, classes))
                    : new Profile(place, run, trajectory, classes, List.of(), List.of(), List.of()));
        }
        return out;
    }

    /**
     * The kommunenummer of each municipality in {@code queries} (codes or names), among the
     * municipalities a comparison is about to run, so that a wrong one is refused before the runs.
     */
    public static List<String> codes(List<MunicipalityData> municipalities, List<String> queries, String option) {
        List<Places.Entry> entries = new ArrayList<>();
        for (MunicipalityData m : municipalities) {
            entries.add(new Places.Entry(m.code(), m.name(), m.county(), m.centrality(), m.baRegionCode(),
                    m.baRegionName(), m.residents()));
        }
        Places places = new Places(entries);
        List<String> codes = new ArrayList<>();
        for (String q : queries) {
            String code = places.municipality(q, option).code();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Place resolve(RunContext run, Request q) {
        return switch (q.kind()) {
            case MUNICIPALITY -> Place.of(run.places.municipality(q.query(), "--municipality"));
            case DISTRICT -> OnCallDistricts.resolve(run.results.manifest(), run.places, q.query());
            case REGION -> {
                List<Places.Entry> members = run.places.region(q.query(), "--region");
                Places.Entry first = members.get(0);
                List<String> labels = new ArrayList<>();
                members.forEach(m -> labels.add(m.label()));
                yield new Place(Place.Kind.REGION, first.baRegionCode(), "BA region " + first.baRegionName() + " ("
                        + first.baRegionCode() + ")", "region-" + first.baRegionCode() + "-"
                        + Places.slug(first.baRegionName()), members, Place.largest(members).centrality(),
                        "The housing and labour-market (BA) region " + first.baRegionCode() + " " + first.baRegionName()
                                + ": the " + members.size() + " municipalit" + (members.size() == 1 ? "y" : "ies")
                                + " of the run in it (" + String.join(", ", labels) + ").");
            }
        };
    }

    /**
     * Figures beside the key figures, showing where the place is. The locator map (package
     * no.gpsim.output.map) is added here, as the one figure of this list; none is drawn yet.
     */
    static List<Figure> placeFigures(Place place, RunContext run) {
        return List.of();
    }

    /** One chart per outcome in {@link #TRAJECTORIES} that has values, with the class dashed beside it. */
    static List<Figure> trajectoryFigures(Place place, RunContext run, Trajectory t) throws IOException {
        RunResults r = run.results;
        String classLabel = "centrality class " + place.centrality() + " as a whole (dashed)";
        String subtitle = "Lines and bands: mean and 95 % interval over " + r.replicates() + " replicates; dashed: "
                + "centrality class " + place.centrality() + " as a whole";
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
    static List<Figure> classFigures(Place place, RunContext run, ClassComparison classes) throws IOException {
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

    /** Writes the page beside its target and moves it into place, with the usual permissions. */
    static void writeAtomically(Path target, String html) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
