package no.gpsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;

/**
 * A YAML value with the place it was written, so validation errors can point at a line. Built by
 * {@link YamlReader}; only the three plain shapes exist (no anchors, tags or custom types).
 */
public sealed interface YamlNode {

    Location location();

    /** A short word for error messages: "a number", "a map", ... */
    String kind();

    /** A scalar as written, with the lexical kind the parser gave it. */
    record Scalar(Location location, Kind scalarKind, String text) implements YamlNode {

        public enum Kind { INTEGER, DECIMAL, STRING, BOOLEAN, NULL }

        @Override
        public String kind() {
            return switch (scalarKind) {
                case INTEGER -> "the integer " + abbreviate(text);
                case DECIMAL -> "the number " + abbreviate(text);
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
                case STRING -> "the text \"" + abbreviate(text) + "\"";
            };
        }

        private static String abbreviate(String s) {
            return BadInputException.quote(s, 40);
        }
    }

    /** A mapping; keys keep their order and their own locations. */
    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {

        public record Entry(Location keyLocation, YamlNode value) { }

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    /** A sequence. */
    record Sequence(Location location, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }
}
