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
import java.util.Map;
import java.util.Set;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityData;
import no.gpsim.output.RunResults;

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
            out.add(figures ? new Profile(place, run, trajectory, classes, ProfileFigures.place(place, run),
                    ProfileFigures.trajectories(place, run, trajectory), ProfileFigures.classes(place, run, classes))
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
