package no.gpsim;

/**
 * Input a user can fix: a scenario key, a data row, a file that is missing. The message is one
 * line naming the file and line; the command line prints it and exits with code 2.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
