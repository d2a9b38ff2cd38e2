package no.gpsim.scenario;

import java.nio.file.Path;

/** Where a value came from: a file and a 1-based line and column. */
public record Location(Path file, int line, int column) {

    /** A location for a whole file, when no line applies (a missing file, an unreadable one). */
    public static Location ofFile(Path file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        String name = file == null ? "<unknown>" : file.toString();
        if (line <= 0) {
            return name;
        }
        return column > 0 ? name + ":" + line + ":" + column : name + ":" + line;
    }
}
