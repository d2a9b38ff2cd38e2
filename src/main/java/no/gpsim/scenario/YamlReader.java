package no.gpsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.gpsim.BadInputException;
import no.gpsim.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a scenario file into {@link YamlNode}s that remember their line and column.
 *
 * <p>Scenario files are written by hand and may come from anyone, so the reader is strict. It
 * reads the token stream of Jackson's YAML parser (below any object construction), so no type
 * named in the file is ever instantiated. It refuses anchors, aliases and tags outright, so an alias
 * bomb cannot expand; it limits nesting depth and file size, rejects duplicate keys and tab
 * indentation, and refuses a file that does not end with a line break, which is how a truncated
 * copy usually shows. Plain scalars are typed by the YAML 1.2 core schema: {@code yes}, {@code no},
 * {@code on} and {@code off} are text, not booleans, and {@code 0x1F} is text, not a number.
 * Every failure is a {@link ScenarioException} with a one-line message.
 */
public final class YamlReader {

    /** Scenario files are a few tens of kilobytes; anything this large is a mistake or an attack. */
    public static final long MAX_FILE_BYTES = 1_000_000;
    /** Deeper than any real scenario (the schema is at most four levels deep). */
    public static final int MAX_DEPTH = 20;

    /**
     * Jackson's YAML parser over SnakeYAML, which never builds objects from the text: tokens only.
     * Words like yes/no/on/off stay text (YAML 1.2), and the text is limited in size and depth.
     */
    private static final YAMLFactory FACTORY = factory();
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+(?:_[0-9]+)*");
    private static final Pattern DECIMAL = Pattern.compile(
            "[-+]?(?:[0-9]+(?:_[0-9]+)*(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES + 1);
        options.setProcessComments(false);
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 5)
                        .maxStringLength((int) MAX_FILE_BYTES + 1)
                        .maxNumberLength(100)
                        .build())
                .build();
    }

    /** Reads and parses a file; the root must be a map. */
    public YamlNode.Mapping read(Path file) {
        String text = readText(file);
        YamlNode root = parse(file, text);
        if (root == null || root instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.NULL) {
            throw new ScenarioException(Location.ofFile(file), "the file has no keys; a scenario is a YAML map of keys");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(root.location(), "a scenario must be a YAML map of keys, found " + root.kind());
        }
        return mapping;
    }

    private static String readText(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(Location.ofFile(file), "is a directory, not a scenario file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(Location.ofFile(file), "file not found");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(Location.ofFile(file),
                        "the file is " + size + " bytes; scenario files are limited to " + MAX_FILE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ScenarioException(Location.ofFile(file), "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new ScenarioException(Location.ofFile(file), "cannot read the file: " + e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException(Location.ofFile(file),
                    "the file is " + bytes.length + " bytes; scenario files are limited to " + MAX_FILE_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Location(file, TextFiles.firstBadUtf8Line(bytes), 0),
                    "the file is not UTF-8 text; save it as UTF-8");
        }
    }


    /** Parses YAML text; returns null for a document with no content. */
    YamlNode parse(Path file, String text) {
        int tab = indentationTab(text);
        if (tab > 0) {
            throw new ScenarioException(new Location(file, tab, 1), "a tab is used for indentation; YAML allows only spaces");
        }
        if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            int lastLine = lineCount(text);
            throw new ScenarioException(new Location(file, lastLine, 0), "the file does not end with a line break, so it may "
                    + "be cut short; check its end (last line: '" + BadInputException.quote(lastLine(text), 40)
                    + "') and end it with a line break");
        }
        try (YAMLParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return null;
            }
            YamlNode root = node(file, parser, 0);
            if (parser.nextToken() != null) {
                throw new ScenarioException(location(file, parser.currentTokenLocation()),
                        "more than one YAML document in the file; a scenario is a single document");
            }
            return root;
        } catch (ScenarioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw syntaxError(file, text, e);
        }
    }

    /** Turns what the parser (Jackson over SnakeYAML) threw into a one-line error at its place. */
    private static ScenarioException syntaxError(Path file, String text, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                String problem = m.getProblem() != null ? m.getProblem() : m.getMessage();
                String context = m.getContext() == null ? "" : " (" + firstLine(m.getContext()) + ")";
                return new ScenarioException(mark == null ? Location.ofFile(file) : location(file, mark),
                        "YAML syntax error: " + firstLine(problem) + context);
            }
            if (t instanceof ReaderException r) {
                return new ScenarioException(locationOfCodePoint(file, text, r.getPosition()),
                        "the character U+" + String.format("%04X", r.getCodePoint()) + " is not allowed in a YAML file");
            }
            if (t instanceof JsonParseException j && String.valueOf(j.getOriginalMessage()).startsWith("Expected a field name")) {
                String found = j.getOriginalMessage().contains("SequenceStart") ? "a list"
                        : j.getOriginalMessage().contains("MappingStart") ? "a map" : "a complex value";
                return new ScenarioException(location(file, j.getLocation()), "a key must be a name, found " + found
                        + " as a key");
            }
            if (t instanceof StreamConstraintsException c) {
                return new ScenarioException(Location.ofFile(file), "the file exceeds a parser limit: "
                        + firstLine(c.getOriginalMessage()));
            }
        }
        return new ScenarioException(Location.ofFile(file), "YAML error: " + firstLine(String.valueOf(e.getMessage())));
    }

    private YamlNode node(Path file, YAMLParser parser, int depth) throws IOException {
        Location here = location(file, parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            throw new ScenarioException(here, "YAML aliases (*" + BadInputException.quote(parser.getText())
                    + ") are not allowed in scenario files");
        }
        if (parser.getObjectId() != null) {
            throw new ScenarioException(here, "YAML anchors (&" + BadInputException.quote(parser.getObjectId())
                    + ") are not allowed in scenario files");
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            throw new ScenarioException(here, "YAML tags (" + BadInputException.quote(shortTag(tag))
                    + ") are not allowed in scenario files");
        }
        JsonToken token = parser.currentToken();
        if (token.isScalarValue()) {
            return scalar(here, token, parser.getText());
        }
        if (depth >= MAX_DEPTH) {
            throw new ScenarioException(here, "nesting is deeper than " + MAX_DEPTH + " levels");
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Location keyLocation = location(file, parser.currentTokenLocation());
                String key = parser.currentName();
                parser.nextToken();
                YamlNode value = node(file, parser, depth + 1);
                YamlNode.Mapping.Entry first = entries.get(key);
                if (first != null) {
                    throw new ScenarioException(keyLocation, "the key '" + BadInputException.quote(key)
                            + "' is given twice in the same map (first at line " + first.keyLocation().line() + ")");
                }
                entries.put(key, new YamlNode.Mapping.Entry(keyLocation, value));
            }
            return new YamlNode.Mapping(here, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(file, parser, depth + 1));
            }
            return new YamlNode.Sequence(here, items);
        }
        throw new ScenarioException(here, "unexpected YAML content (" + token + ")");
    }

    /**
     * Types a scalar. Jackson reports quoted and block scalars as text and types plain ones; the
     * types are narrowed here to the YAML 1.2 core schema, so {@code 0x1F} or {@code 1:30} is text
     * rather than a number ({@code yes}, {@code no}, {@code on}, {@code off} are text already, and
     * an empty plain value is null, by the parser features set in {@link #FACTORY}).
     */
    private static YamlNode.Scalar scalar(Location here, JsonToken token, String text) {
        YamlNode.Scalar.Kind kind = switch (token) {
            case VALUE_NULL -> YamlNode.Scalar.Kind.NULL;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN.matcher(text).matches() ? YamlNode.Scalar.Kind.BOOLEAN
                    : YamlNode.Scalar.Kind.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> INTEGER.matcher(text).matches() ? YamlNode.Scalar.Kind.INTEGER
                    : DECIMAL.matcher(text).matches() ? YamlNode.Scalar.Kind.DECIMAL : YamlNode.Scalar.Kind.STRING;
            default -> YamlNode.Scalar.Kind.STRING;
        };
        return new YamlNode.Scalar(here, kind, kind == YamlNode.Scalar.Kind.NULL ? "" : text);
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                : tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    /** Returns the 1-based line of the first line indented with a tab, or 0. */
    static int indentationTab(String text) {
        int line = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    line++;
                }
                atLineStart = true;
            } else if (atLineStart && c == '\t') {
                return line;
            } else if (c != ' ') {
                atLineStart = false;
            }
        }
        return 0;
    }

    /** Lines in the text, counting a last line without a line break. */
    private static int lineCount(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static String lastLine(String text) {
        int nl = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        return text.substring(nl + 1);
    }

    private static Location locationOfCodePoint(Path file, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static Location location(Path file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Location location(Path file, JsonLocation loc) {
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }
}
