package no.gpsim.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gpsim.BadInputException;
import no.gpsim.TextFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV input file read strictly, for the readers of this package and the optional scenario
 * files: a size limit, UTF-8 text (a byte-order mark, as Excel writes, is allowed), a header
 * naming every required column once, a line break at the end (a file without one may have been
 * cut short), and rows that keep the line they start on. Every problem is a
 * {@link DataException} naming the file and, where there is one, the line; problems in rows are
 * reported in file order, as the rows are read.
 */
public final class CsvFile {

    /** One data row and the 1-based line it starts on. */
    public record Row(Path file, long line, CSVRecord record, int columns) {

        /**
         * The field of a column the header has (surrounding spaces removed). A row with more or
         * fewer fields than the header is refused here, so problems are reported in file order.
         */
        public String get(String column) {
            if (!record.isConsistent()) {
                throw new DataException(file, line, "the row has " + record.size() + " fields, the header " + columns);
            }
            return record.get(column);
        }
    }

    private static final Pattern CSV_LINE = Pattern.compile("(?:startline |line: )(\\d+)");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private final Path file;
    private final List<String> header;
    private final String text;
    private final CSVParser parser;

    private CsvFile(Path file, List<String> header, String text, CSVParser parser) {
        this.file = file;
        this.header = header;
        this.text = text;
        this.parser = parser;
    }

    /**
     * Reads a CSV file's text and header; {@link #rows()} then gives the data rows in order,
     * reporting a malformed row (an unclosed quote, say) when it is reached.
     *
     * @param what the kind of file, for the not-found message ("municipality data file")
     * @param columns columns the file must have; others are allowed and ignored
     * @param maxBytes larger files are refused
     */
    public static CsvFile read(Path file, String what, List<String> columns, long maxBytes) {
        String text = text(file, what, maxBytes);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e, 1);
        }
        List<String> header = parser.getHeaderNames();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw new DataException(file, 1, "the header names the column '" + BadInputException.quote(name) + "' twice");
            }
        }
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new DataException(file, 1, "missing column '" + column + "'; the file needs "
                        + String.join(",", columns) + hint(header));
            }
        }
        return new CsvFile(file, List.copyOf(header), text, parser);
    }

    private static DataException unreadable(Path file, Exception e, long fallbackLine) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.startsWith("A header name is missing")) {
            return new DataException(file, 1, "the header has an empty column name");
        }
        Matcher m = CSV_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : fallbackLine;
        return new DataException(file, line, "not a readable CSV file: " + BadInputException.quote(message, 120));
    }

    /** The data rows, in file order; read once. */
    public Iterable<Row> rows() {
        return () -> new Iterator<>() {
            private final Iterator<CSVRecord> records = parser.iterator();
            private final LineCounter lines = new LineCounter(text);
            private long lastLine = 1;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw unreadable(file, e, lastLine + 1);
                }
            }

            @Override
            public Row next() {
                try {
                    CSVRecord record = records.next();
                    lastLine = lines.lineAt(record.getCharacterPosition());
                    return new Row(file, lastLine, record, header.size());
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw unreadable(file, e, lastLine + 1);
                }
            }
        };
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /** A whole number in [min, max], written in ASCII digits with an optional minus sign. */
    public long whole(Row row, String column, long min, long max) {
        String text = row.get(column);
        if (!WHOLE.matcher(text).matches()) {
            throw new DataException(file, row.line(), column + " '" + shown(text) + "' is not a whole number");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DataException(file, row.line(), column + " " + shown(text) + " is out of range "
                    + min + " to " + max);
        }
        if (value < min || value > max) {
            throw new DataException(file, row.line(), column + " " + value + " is out of range " + min + " to " + max);
        }
        return value;
    }

    /** A finite decimal number in [min, max]. */
    public double decimal(Row row, String column, double min, double max) {
        String text = row.get(column);
        if (!DECIMAL.matcher(text).matches()) {
            throw new DataException(file, row.line(), column + " '" + shown(text) + "' is not a number");
        }
        double v = Double.parseDouble(text);
        if (!(v >= min && v <= max)) {
            throw new DataException(file, row.line(), column + " " + shown(text) + " is out of range "
                    + min + " to " + max);
        }
        return v;
    }

    /** A kommunenummer: four ASCII digits. */
    public String code(Row row) {
        String code = row.get("kommunenummer");
        if (!code.matches("[0-9]{4}")) {
            throw new DataException(file, row.line(), "kommunenummer '" + shown(code)
                    + "' is not four digits");
        }
        return code;
    }

    /** A field as written, safe and short enough for a message. */
    private static String shown(String field) {
        return BadInputException.quote(field, 30);
    }

    private static String hint(List<String> header) {
        if (header.size() == 1 && header.get(0).contains(";")) {
            return " (the header has no commas: the file seems to use ';' between columns; save it with commas)";
        }
        return "";
    }

    /** The file as text, after the checks that need no parsing. */
    private static String text(Path file, String what, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new DataException(file, 0, "is a directory, not a " + what);
            }
            if (!Files.isRegularFile(file)) {
                throw new DataException(file, 0, what + " not found");
            }
            if (Files.size(file) > maxBytes) {
                throw new DataException(file, 0, "the file is larger than " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new DataException(file, 0, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new DataException(file, 0, "cannot read the file: " + e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(file, TextFiles.firstBadUtf8Line(bytes), "the file is not UTF-8 text; save it as CSV UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DataException(file, 0, "the file is empty; it needs a header line of column names");
        }
        if (!text.endsWith("\n") && !text.endsWith("\r")) {
            long last = new LineCounter(text).lineAt(text.length());
            throw new DataException(file, last, "the file does not end with a line break, so it may be cut short; check its "
                    + "last line and end it with a line break");
        }
        return text;
    }


    /** Maps character positions to 1-based lines (a line break is \n, \r\n or a lone \r, as in CSV). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** Positions must not decrease between calls. */
        long lineAt(long target) {
            while (position < target && position < text.length()) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
                position++;
            }
            return line;
        }
    }
}
