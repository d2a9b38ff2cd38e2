package no.gpsim;

/**
 * Input a user can fix: a scenario key, a data row, a file that is missing. The message is one
 * line naming the file and line; the command line prints it and exits with code 2.
 *
 * <p>Messages quote what the user wrote, which may hold line breaks, control characters or
 * invisible Unicode. The constructor guarantees a single printable line, and {@link #quote} shows
 * such characters as escapes, so a stray zero-width space in a key is visible in the message.
 */
public class BadInputException extends RuntimeException {

    /** Longest piece of user text quoted in a message, in characters. */
    public static final int QUOTE_LIMIT = 60;

    public BadInputException(String message) {
        super(oneLine(message));
    }

    /**
     * User text made safe to quote: control, format and line-separator characters become
     * {@code \n}, {@code \t} or {@code \\uXXXX} escapes, and text longer than {@code limit}
     * characters is cut with "...".
     */
    public static String quote(String s, int limit) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (shown >= limit) {
                out.append("...");
                break;
            }
            shown++;
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (invisible(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** {@link #quote(String, int)} with the usual limit. */
    public static String quote(String s) {
        return quote(s, QUOTE_LIMIT);
    }

    /**
     * A message as one printable line: line breaks become spaces and other invisible characters
     * escapes. Applied to every message, so nothing a file contains can break the one-line rule.
     */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            if (cp == '\t') {
                out.append(' ');
            } else if (invisible(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().trim();
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
