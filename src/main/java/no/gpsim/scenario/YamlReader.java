package no.gpsim.scenario;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a scenario file into {@link YamlNode}s that remember their line and column.
 *
 * <p>Scenario files are written by hand and may come from anyone, so the reader is strict. It
 * works on SnakeYAML's event stream (the parser below any object construction), so no type named
 * in the file is ever instantiated. It refuses anchors, aliases and tags outright, so an alias
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

    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+(?:_[0-9]+)*");
    private static final Pattern DECIMAL = Pattern.compile(
            "[-+]?(?:[0-9]+(?:_[0-9]+)*(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

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
            throw new ScenarioException(new Location(file, firstBadUtf8Line(bytes), 0),
                    "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    static int firstBadUtf8Line(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
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
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_FILE_BYTES + 1);
        options.setProcessComments(false);
        Parser parser = new ParserImpl(new StreamReader(text), options);
        try {
            expect(parser, Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            expect(parser, Event.ID.DocumentStart);
            YamlNode root = node(file, parser, 0);
            expect(parser, Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw new ScenarioException(location(file, parser.peekEvent().getStartMark()),
                        "more than one YAML document in the file; a scenario is a single document");
            }
            return root;
        } catch (ScenarioException e) {
            throw e;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() == null ? "" : " (" + firstLine(e.getContext()) + ")";
            throw new ScenarioException(mark == null ? Location.ofFile(file) : location(file, mark),
                    "YAML syntax error: " + firstLine(problem) + context);
        } catch (ReaderException e) {
            throw new ScenarioException(locationOfCodePoint(file, text, e.getPosition()),
                    "the character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed in a YAML file");
        } catch (YAMLException e) {
            throw new ScenarioException(Location.ofFile(file), "YAML error: " + firstLine(e.getMessage()));
        }
    }

    private static void expect(Parser parser, Event.ID id) {
        Event e = parser.getEvent();
        if (!e.is(id)) {
            throw new YAMLException("expected " + id + ", found " + e.getEventId());
        }
    }

    private YamlNode node(Path file, Parser parser, int depth) {
        Event event = parser.getEvent();
        Location here = location(file, event.getStartMark());
        if (event instanceof AliasEvent alias) {
            throw new ScenarioException(here, "YAML aliases (*" + BadInputException.quote(alias.getAnchor())
                    + ") are not allowed in scenario files");
        }
        if (event instanceof NodeEvent n && n.getAnchor() != null) {
            throw new ScenarioException(here, "YAML anchors (&" + BadInputException.quote(n.getAnchor())
                    + ") are not allowed in scenario files");
        }
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            throw new ScenarioException(here, "YAML tags (" + BadInputException.quote(shortTag(tag))
                    + ") are not allowed in scenario files");
        }
        if (event instanceof ScalarEvent scalar) {
            return scalar(here, scalar);
        }
        if (depth >= MAX_DEPTH) {
            throw new ScenarioException(here, "nesting is deeper than " + MAX_DEPTH + " levels");
        }
        if (event.is(Event.ID.MappingStart)) {
            Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Event keyEvent = parser.peekEvent();
                Location keyLocation = location(file, keyEvent.getStartMark());
                if (!(keyEvent instanceof ScalarEvent)) {
                    YamlNode bad = node(file, parser, depth + 1);
                    throw new ScenarioException(keyLocation, "a key must be a name, found " + bad.kind() + " as a key");
                }
                YamlNode.Scalar keyNode = (YamlNode.Scalar) node(file, parser, depth + 1);
                String key = keyNode.text();
                YamlNode value = node(file, parser, depth + 1);
                YamlNode.Mapping.Entry first = entries.get(key);
                if (first != null) {
                    throw new ScenarioException(keyLocation, "the key '" + BadInputException.quote(key)
                            + "' is given twice in the same map (first at line " + first.keyLocation().line() + ")");
                }
                entries.put(key, new YamlNode.Mapping.Entry(keyLocation, value));
            }
            parser.getEvent();
            return new YamlNode.Mapping(here, entries);
        }
        if (event.is(Event.ID.SequenceStart)) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(file, parser, depth + 1));
            }
            parser.getEvent();
            return new YamlNode.Sequence(here, items);
        }
        throw new ScenarioException(here, "unexpected YAML content (" + event.getEventId() + ")");
    }

    /** Types a scalar: quoted and block scalars are text; plain ones follow the YAML 1.2 core schema. */
    private static YamlNode.Scalar scalar(Location here, ScalarEvent event) {
        String text = event.getValue();
        YamlNode.Scalar.Kind kind = YamlNode.Scalar.Kind.STRING;
        if (event.isPlain()) {
            if (NULL.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.NULL;
            } else if (BOOLEAN.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.BOOLEAN;
            } else if (INTEGER.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.INTEGER;
            } else if (DECIMAL.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.DECIMAL;
            }
        }
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
}
