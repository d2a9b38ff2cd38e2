package no.gpsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a fully documented scenario file from the schema: every key with its default, unit,
 * allowed range, meaning and source, nested by section. {@code scenarios/baseline.yaml} is this
 * text, and {@code gpsim keys} prints it.
 */
public final class ScenarioTemplate {

    private static final int WIDTH = 100;

    private ScenarioTemplate() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String render() {
        StringBuilder out = new StringBuilder();
        List<String> open = new ArrayList<>();
        for (Key<?> key : ParameterSchema.keys()) {
            String[] parts = key.path().split("\\.");
            int common = 0;
            while (common < open.size() && common < parts.length - 1 && open.get(common).equals(parts[common])) {
                common++;
            }
            while (open.size() > common) {
                open.remove(open.size() - 1);
            }
            for (int i = common; i < parts.length - 1; i++) {
                if (i == 0) {
                    out.append('\n');
                }
                out.append("  ".repeat(i)).append(parts[i]).append(":\n");
                open.add(parts[i]);
            }
            String indent = "  ".repeat(parts.length - 1);
            StringBuilder comment = new StringBuilder(key.description());
            if (!key.unit().isEmpty()) {
                comment.append(". Unit: ").append(key.unit());
            }
            comment.append(". Allowed: ").append(key.type().allowed());
            if (key.activeWhenText() != null) {
                comment.append(". Used only when ").append(key.activeWhenText());
            }
            if (!key.dated()) {
                comment.append(". Cannot be changed by a policy");
            }
            if (!key.source().isEmpty()) {
                comment.append(". Source: ").append(key.source());
            }
            comment.append('.');
            for (String line : wrap(comment.toString(), WIDTH - indent.length() - 2)) {
                out.append(indent).append("# ").append(line).append('\n');
            }
            ValueType type = key.type();
            out.append(indent).append(parts[parts.length - 1]).append(": ").append(render(type, key.defaultValue()))
                    .append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String render(ValueType type, Object value) {
        if (value instanceof String s && !(type instanceof ValueType.Choice)) {
            return "'" + s + "'";
        }
        return type.render(value);
    }

    /** The same keys as a Markdown table: key, default, unit, allowed values, meaning and source. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| key | default | unit | allowed | meaning | source |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Key<?> key : ParameterSchema.keys()) {
            ValueType type = key.type();
            String meaning = key.description();
            if (key.activeWhenText() != null) {
                meaning += "; used only when " + key.activeWhenText();
            }
            if (!key.dated()) {
                meaning += "; not changeable by a policy";
            }
            out.append("| `").append(key.path()).append("` | ").append(cell(render(type, key.defaultValue())))
                    .append(" | ").append(cell(key.unit())).append(" | ").append(cell(type.allowed()))
                    .append(" | ").append(cell(meaning)).append(" | ").append(cell(key.source())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
