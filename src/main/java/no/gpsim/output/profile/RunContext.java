package no.gpsim.output.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.output.RunManifest;
import no.gpsim.output.RunResults;

/**
 * What profiles read of a run directory besides the raw rows: its statistics ({@link RunResults}),
 * its municipalities, and the scenario's data file when it is still where run.json says and has
 * the same SHA-256 (for the BA regions, the residents by age and the centrality index). When the
 * data file is gone or changed, profiles of single municipalities are still written, from the
 * run's outputs only, and say so.
 */
final class RunContext {

    final Path dir;
    final RunResults results;
    final Places places;
    /** The data file's rows by kommunenummer; empty when the file is not at hand. */
    final Map<String, MunicipalityReader.Row> data;
    /** One sentence on where the key figures come from. */
    final String dataNote;
    /** The base scenario's end-year row of each municipality in municipalities_summary.csv, by kommunenummer. */
    final Map<String, RunResults.Municipality> summaryRows;

    private RunContext(Path dir, RunResults results, Places places, Map<String, MunicipalityReader.Row> data,
                       String dataNote, Map<String, RunResults.Municipality> summaryRows) {
        this.dir = dir;
        this.results = results;
        this.places = places;
        this.data = data;
        this.dataNote = dataNote;
        this.summaryRows = summaryRows;
    }

    /** Reads the run's statistics and, if it is unchanged, its data file. */
    static RunContext read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory");
        }
        RunResults results = RunResults.read(dir);
        Map<String, RunResults.Municipality> rows = new LinkedHashMap<>();
        for (RunResults.Municipality m : results.municipalities()) {
            if (m.scenario().equals(results.base())) {
                rows.put(m.code(), m);
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException(dir + ": no municipalities_summary.csv; it is written by gpsim compare, and by "
                    + "gpsim run with --replicates 2 or more");
        }
        JsonNode base = results.manifest().path("scenarios").path(0);
        String named = base.path("data_file").asText();
        Map<String, MunicipalityReader.Row> data = new LinkedHashMap<>();
        String note;
        Path file = named.isEmpty() ? null : Path.of(named);
        if (file == null) {
            note = "run.json names no data file, so the key figures come from the run's outputs only.";
        } else if (!Files.isRegularFile(file)) {
            note = "The data file " + file + " named in run.json is not there any more, so the key figures come from the "
                    + "run's outputs only.";
        } else if (!RunManifest.sha256(file).equals(base.path("data_sha256").asText())) {
            note = "The data file " + file + " has changed since the run (its SHA-256 differs from run.json's), so the "
                    + "key figures come from the run's outputs only.";
        } else {
            for (MunicipalityReader.Row r : new MunicipalityReader().read(file)) {
                data.put(r.code(), r);
            }
            note = "Residents by age, the centrality index and the BA region are from the run's data file " + file
                    + " (unchanged since the run: same SHA-256); the rest from the run's outputs.";
        }
        List<Places.Entry> entries = new ArrayList<>();
        for (RunResults.Municipality m : rows.values()) {
            MunicipalityReader.Row d = data.get(m.code());
            entries.add(new Places.Entry(m.code(), m.name(), m.county(), m.centrality(),
                    d == null ? null : d.baRegionCode(), d == null ? null : d.baRegionName(),
                    d == null ? 0 : d.population()));
        }
        return new RunContext(dir, results, new Places(entries), Collections.unmodifiableMap(data), note,
                Collections.unmodifiableMap(rows));
    }

    /** The codes of the run's municipalities in a centrality class, in data order. */
    List<String> classCodes(int centrality) {
        List<String> out = new ArrayList<>();
        for (Places.Entry e : places.entries()) {
            if (e.centrality() == centrality) {
                out.add(e.code());
            }
        }
        return out;
    }
}
