package no.gpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line black-box with captured streams, and writes small county scenarios for it. */
final class CliRun {

    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GpsimCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * Writes {@code dir/name.yaml}: the library scenario {@code library} restricted to Troms
     * (county 55, 21 municipalities), which runs in a few milliseconds a year.
     */
    static Path countyScenario(Path dir, String library, String name, String extra) throws IOException {
        Path parent = Path.of("scenarios", library + ".yaml").toAbsolutePath();
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "extends: '" + parent + "'\nname: " + name + "\ndata:\n  county: '55'\n" + extra);
        return file;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
    }
}
