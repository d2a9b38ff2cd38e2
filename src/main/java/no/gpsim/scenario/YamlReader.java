package no.gpsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a scenario file into {@link YamlNode}s that remember their line and column.
 *
 * <p>Scenario files are written by hand and may come from anyone, so the reader is strict: it
 * never instantiates types named in the file, refuses anchors and aliases outright (so an alias
 * bomb cannot expand), limits nesting depth and file size, and rejects duplicate keys. Every
 * failure is a {@link ScenarioException} with a one-line message.
 */
public final class YamlReader {

    /** Scenario files are a few kilobytes; anything this large is a mistake or an attack. */
    public static final long MAX_FILE_BYTES = 1_000_000;
    /** Deeper than any real scenario (the schema is at most four levels deep). */
    public static final int MAX_DEPTH = 20;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 5)
                        .maxStringLength((int) MAX_FILE_BYTES)
                        .maxNumberLength(40)
                        .build())
                .build();
    }

    /** Reads and parses a file; the root must be a map. */
    public YamlNode.Mapping read(Path file) {
        String text = readText(file);
        YamlNode root = parse(file, text);
        if (root == null) {
            throw new ScenarioException(Location.ofFile(file), "the file is empty; a scenario is a YAML map of keys");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(root.location(), "a scenario must be a YAML map of keys, found " + root.kind());
        }
        return mapping;
    }

    private static String readText(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(Location.ofFile(file),
                        "the file is " + size + " bytes; scenario files are limited to " + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(Location.ofFile(file), "file not found");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(Location.ofFile(file), "the file is not valid UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(Location.ofFile(file), "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses YAML text; returns null for an empty document. */
    YamlNode parse(Path file, String text) {
        int tab = indentationTab(text);
        if (tab > 0) {
            throw new ScenarioException(new Location(file, tab, 1),
                    "a tab is used for indentation; YAML allows only spaces");
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = readValue(file, parser, 0);
            if (parser.nextToken() != null) {
                throw new ScenarioException(location(file, parser.currentTokenLocation()),
                        "more than one YAML document in the file; a scenario is a single document");
            }
            return root;
        } catch (ScenarioException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new ScenarioException(Location.ofFile(file), "the file exceeds a parser limit: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw syntaxError(file, e);
        }
    }

    private YamlNode readValue(Path file, YAMLParser parser, int depth) throws IOException {
        Location here = location(file, parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(here, "nesting is deeper than " + MAX_DEPTH + " levels");
        }
        if (parser.isCurrentAlias()) {
            throw new ScenarioException(here, "YAML aliases (*" + parser.getText() + ") are not allowed in scenario files");
        }
        if (parser.getObjectId() != null) {
            throw new ScenarioException(here, "YAML anchors (&" + parser.getObjectId() + ") are not allowed in scenario files");
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            throw new ScenarioException(here, "YAML tags (!" + tag + ") are not allowed in scenario files");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Location keyLocation = location(file, parser.currentTokenLocation());
                    String key = parser.currentName();
                    parser.nextToken();
                    YamlNode value = readValue(file, parser, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new ScenarioException(keyLocation, "the key '" + key + "' is given twice in the same map (first at line "
                                + entries.get(key).keyLocation().line() + ")");
                    }
                    entries.put(key, new YamlNode.Mapping.Entry(keyLocation, value));
                }
                return new YamlNode.Mapping(here, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, depth + 1));
                }
                return new YamlNode.Sequence(here, items);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(here, YamlNode.Scalar.Kind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(here, YamlNode.Scalar.Kind.DECIMAL, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(here, YamlNode.Scalar.Kind.BOOLEAN, parser.getText());
            case VALUE_NULL:
                return new YamlNode.Scalar(here, YamlNode.Scalar.Kind.NULL, "");
            case VALUE_STRING:
                return new YamlNode.Scalar(here, YamlNode.Scalar.Kind.STRING, parser.getText());
            default:
                throw new ScenarioException(here, "unexpected YAML content (" + token + ")");
        }
    }

    /** Returns the 1-based line of the first line indented with a tab, or 0. */
    private static int indentationTab(String text) {
        int line = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                atLineStart = true;
            } else if (atLineStart && c == '\t') {
                return line;
            } else if (c != ' ') {
                atLineStart = false;
            }
        }
        return 0;
    }

    private static ScenarioException syntaxError(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                String problem = marked.getProblem() != null ? marked.getProblem() : firstLine(marked.getMessage());
                Location where = mark == null ? Location.ofFile(file)
                        : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
                return new ScenarioException(where, "YAML syntax error: " + firstLine(problem));
            }
            if (t instanceof org.yaml.snakeyaml.error.YAMLException y) {
                return new ScenarioException(Location.ofFile(file), "YAML error: " + firstLine(y.getMessage()));
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ScenarioException(Location.ofFile(file), "YAML syntax error: " + firstLine(message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static Location location(Path file, JsonLocation loc) {
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }
}
