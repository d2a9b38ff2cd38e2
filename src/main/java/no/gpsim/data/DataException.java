package no.gpsim.data;

import java.nio.file.Path;
import no.gpsim.BadInputException;

/** A problem in an input data file, reported with the file and line. */
public final class DataException extends BadInputException {

    public DataException(Path file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
