package no.gpsim.scenario;

import no.gpsim.BadInputException;

/**
 * Bad scenario input. The message is a single line that names the file, line and column, the key
 * and what is allowed, so the command line can print it as it is.
 */
public final class ScenarioException extends BadInputException {

    private final transient Location location;
    private final String detail;

    public ScenarioException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
        this.detail = message;
    }

    public Location location() {
        return location;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
