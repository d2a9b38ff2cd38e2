package no.gpsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;

/**
 * Loads a scenario file: follows {@code extends}, validates every key against
 * {@link ParameterSchema}, applies the precedence defaults &lt; parent file &lt; child file, and
 * builds the timeline of dated policies. Any problem is a {@link ScenarioException} naming the
 * file, line, column and key.
 */
public final class ScenarioLoader {

    private static final List<String> META_KEYS = List.of("name", "description", "extends", "policies");
    /** A chain of extends longer than this is surely a mistake. */
    private static final int MAX_EXTENDS_DEPTH = 16;

    private final YamlReader reader = new YamlReader();

    /** One explicit setting: its value and where it was written. */
    private record Setting(Object value, Location location, boolean derived) { }

    /** A dated change: when, where and what it sets. */
    private record PolicyDef(YearMonth from, Location location, Map<Key<?>, Setting> settings) { }

    /** What one file contributes, merged over what it extends. */
    private record Layer(Map<Key<?>, Setting> settings, List<PolicyDef> policies, List<Path> files) { }

    public Scenario load(Path file) {
        return load(file, Map.of());
    }

    /**
     * Loads a scenario with some keys set on top of what its files say (a calibration's parameter
     * set): the overrides hold from the start, and the scenario's own policies still apply after.
     */
    public Scenario load(Path file, Map<Key<?>, Object> overrides) {
        Path abs = file.toAbsolutePath().normalize();
        YamlNode.Mapping root = reader.read(abs);
        Layer layer = layer(abs, root, new ArrayList<>());

        ParamValues base = ParamValues.defaults();
        Map<Key<?>, Location> origin = new LinkedHashMap<>();
        for (Key<?> key : ParameterSchema.keys()) {
            if (key.isPath() && key.defaultValue() != null) {
                base = base.with(key, abs.getParent().resolve((String) key.defaultValue()).normalize().toString());
            }
        }
        for (Map.Entry<Key<?>, Setting> e : layer.settings().entrySet()) {
            base = base.with(e.getKey(), e.getValue().value());
            origin.put(e.getKey(), e.getValue().location());
        }
        for (Map.Entry<Key<?>, Object> e : overrides.entrySet()) {
            base = base.with(e.getKey(), e.getValue());
        }
        checkConstraints(base, origin, Location.ofFile(abs));

        int years = base.getInt(RunConfig.YEARS);
        YearMonth start = YearMonth.parse(base.get(RunConfig.START));
        YearMonth end = start.plusYears(years);
        List<PolicyDef> policies = new ArrayList<>(layer.policies());
        for (PolicyDef p : policies) {
            if (p.from().isBefore(start) || !p.from().isBefore(end)) {
                throw new ScenarioException(p.location(), "policies.from: " + p.from() + " is outside the horizon; policies "
                        + "must start from " + start + " to " + end.minusMonths(1) + " (years: " + years + ")");
            }
        }
        policies.sort((a, b) -> a.from().compareTo(b.from()));
        checkPolicyDuplicates(policies);

        List<Scenario.Regime> timeline = new ArrayList<>();
        List<Map<Key<?>, Location>> origins = new ArrayList<>();
        timeline.add(new Scenario.Regime(start, base, null));
        origins.add(origin);
        List<Scenario.Policy> written = new ArrayList<>();
        for (PolicyDef p : policies) {
            Map<Key<?>, Object> changes = new LinkedHashMap<>();
            p.settings().forEach((k, s) -> changes.put(k, s.value()));
            written.add(new Scenario.Policy(p.from(), changes));
            Scenario.Regime last = timeline.get(timeline.size() - 1);
            Map<Key<?>, Location> lastOrigin = new LinkedHashMap<>(origins.get(origins.size() - 1));
            p.settings().forEach((k, s) -> lastOrigin.put(k, s.location()));
            ParamValues values = last.values().withAll(changes);
            if (last.from().equals(p.from())) {
                timeline.set(timeline.size() - 1, new Scenario.Regime(p.from(), values, null));
                origins.set(origins.size() - 1, lastOrigin);
            } else {
                timeline.add(new Scenario.Regime(p.from(), values, null));
                origins.add(lastOrigin);
            }
        }
        for (int i = 0; i < timeline.size(); i++) {
            checkConstraints(timeline.get(i).values(), origins.get(i), Location.ofFile(abs));
            Scenario.Regime r = timeline.get(i);
            timeline.set(i, new Scenario.Regime(r.from(), r.values(), Parameters.from(r.values())));
        }
        checkUnused(layer, policies, timeline);

        String name = text(root, "name", abs);
        if (name == null) {
            String fileName = abs.getFileName().toString();
            name = fileName.replaceFirst("\\.ya?ml$", "");
        } else if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new ScenarioException(root.entries().get("name").value().location(),
                    "name: '" + quote(name) + "' is not allowed; use 1-64 letters, digits, '.', '_' or '-' (it names output folders)");
        }
        String description = text(root, "description", abs);
        return new Scenario(name, description == null ? "" : description, abs, hash(layer.files()), timeline.get(0).values(),
                timeline, written);
    }

    private Layer layer(Path file, YamlNode.Mapping root, List<Path> chain) {
        chain.add(file);
        Layer parent = null;
        YamlNode.Mapping.Entry extendsEntry = root.entries().get("extends");
        if (extendsEntry != null) {
            YamlNode node = extendsEntry.value();
            if (!(node instanceof YamlNode.Scalar s) || s.scalarKind() != YamlNode.Scalar.Kind.STRING || s.text().isBlank()) {
                throw new ScenarioException(node.location(), "extends: found " + node.kind()
                        + ", expected the path of another scenario file");
            }
            Path parentFile = resolve(file, s.text(), node.location(), "extends");
            if (chain.contains(parentFile)) {
                List<String> names = new ArrayList<>();
                for (Path p : chain.subList(chain.indexOf(parentFile), chain.size())) {
                    names.add(p.getFileName().toString());
                }
                names.add(parentFile.getFileName().toString());
                throw new ScenarioException(node.location(), "extends: cycle " + String.join(" -> ", names));
            }
            if (chain.size() >= MAX_EXTENDS_DEPTH) {
                throw new ScenarioException(node.location(), "extends: more than " + MAX_EXTENDS_DEPTH + " files deep");
            }
            if (!Files.isRegularFile(parentFile)) {
                throw new ScenarioException(node.location(), "extends: " + quote(s.text())
                        + (Files.isDirectory(parentFile) ? " is a directory" : " not found") + " (looked for " + parentFile + ")");
            }
            parent = layer(parentFile, reader.read(parentFile), chain);
        }
        Map<Key<?>, Setting> settings = parent == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parent.settings());
        List<PolicyDef> policies = parent == null ? new ArrayList<>() : new ArrayList<>(parent.policies());
        List<Path> files = new ArrayList<>();
        files.add(file);
        if (parent != null) {
            files.addAll(parent.files());
        }
        boolean derived = parent != null;
        // one map for the whole file, so a key written both dotted and nested is caught as set twice
        Map<Key<?>, Setting> own = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode.Mapping.Entry> e : root.entries().entrySet()) {
            String k = e.getKey();
            if (META_KEYS.contains(k)) {
                continue;
            }
            collect(file, "", k, e.getValue(), derived, own);
        }
        settings.putAll(own);
        YamlNode.Mapping.Entry policiesEntry = root.entries().get("policies");
        if (policiesEntry != null) {
            policies.addAll(policies(file, policiesEntry.value()));
        }
        return new Layer(settings, policies, files);
    }

    private List<PolicyDef> policies(Path file, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.NULL) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new ScenarioException(node.location(), "policies: found " + node.kind()
                    + ", expected a list of dated changes (- from: 2028-01 followed by the keys it sets)");
        }
        List<PolicyDef> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                throw new ScenarioException(item.location(), "policies: found " + item.kind()
                        + ", expected a map with from: YYYY-MM and the keys it sets");
            }
            YamlNode.Mapping.Entry fromEntry = map.entries().get("from");
            if (fromEntry == null) {
                throw new ScenarioException(item.location(), "policies: a policy needs from: YYYY-MM, the month it takes effect");
            }
            YearMonth from = new ValueType.Month().parse(fromEntry.value(), "policies.from");
            Map<Key<?>, Setting> settings = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : map.entries().entrySet()) {
                if (e.getKey().equals("from")) {
                    continue;
                }
                if (META_KEYS.contains(e.getKey())) {
                    throw new ScenarioException(e.getValue().keyLocation(), "policies." + e.getKey()
                            + ": not allowed inside a policy; a policy sets parameter keys only");
                }
                collect(file, "", e.getKey(), e.getValue(), true, settings);
            }
            if (settings.isEmpty()) {
                throw new ScenarioException(item.location(), "policies: the policy from " + from + " changes nothing");
            }
            for (Map.Entry<Key<?>, Setting> s : settings.entrySet()) {
                if (!s.getKey().dated()) {
                    throw new ScenarioException(s.getValue().location(), s.getKey().path()
                            + ": cannot be changed by a policy; it sets up the run, so set it at the top level");
                }
            }
            out.add(new PolicyDef(from, fromEntry.keyLocation(), settings));
        }
        return out;
    }

    /** Validates one map entry (a key or a section) and adds the settings it makes. */
    private void collect(Path file, String prefix, String name, YamlNode.Mapping.Entry entry, boolean derived,
                         Map<Key<?>, Setting> out) {
        String path = prefix.isEmpty() ? name : prefix + "." + name;
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new ScenarioException(entry.keyLocation(), "'" + quote(path) + "' is not a valid key");
        }
        Key<?> key = ParameterSchema.key(path);
        YamlNode value = entry.value();
        if (key != null) {
            Object parsed = key.type().parse(value, path);
            if (key.isPath() && parsed != null) {
                parsed = resolve(file, (String) parsed, value.location(), path).toString();
            }
            if (out.containsKey(key)) {
                throw new ScenarioException(entry.keyLocation(), path + ": set twice (first at line "
                        + out.get(key).location().line() + ")");
            }
            out.put(key, new Setting(parsed, value.location(), derived));
            return;
        }
        if (ParameterSchema.isSection(path)) {
            if (!(value instanceof YamlNode.Mapping map)) {
                throw new ScenarioException(value.location(), path + ": found " + value.kind()
                        + ", expected a map of the keys of section " + path + " (see gpsim keys)");
            }
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : map.entries().entrySet()) {
                collect(file, path, e.getKey(), e.getValue(), derived, out);
            }
            return;
        }
        throw new ScenarioException(entry.keyLocation(), unknownKeyMessage(path, prefix));
    }

    static String unknownKeyMessage(String path, String prefix) {
        List<String> candidates = new ArrayList<>();
        for (String p : ParameterSchema.allPaths()) {
            if (p.startsWith(prefix.isEmpty() ? "" : prefix + ".")) {
                candidates.add(p);
            }
        }
        if (prefix.isEmpty()) {
            candidates.addAll(META_KEYS);
        }
        String suggestion = Suggest.nearest(path, candidates);
        if (suggestion == null) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            List<String> all = new ArrayList<>(ParameterSchema.allPaths());
            List<String> lastParts = new ArrayList<>();
            for (String p : all) {
                lastParts.add(p.substring(p.lastIndexOf('.') + 1));
            }
            String nearLast = Suggest.nearest(last, lastParts);
            if (nearLast != null) {
                suggestion = all.get(lastParts.indexOf(nearLast));
            }
        }
        String where = prefix.isEmpty() ? "" : " in section " + prefix;
        return "unknown key '" + quote(path) + "'" + where
                + (suggestion == null ? "; gpsim keys lists every key" : " (did you mean '" + suggestion + "'?)");
    }

    /**
     * Two policies of the same file that set a key for the same month contradict each other. (A
     * child file's policy for a month its parent also has a policy for overrides the parent's.)
     */
    private static void checkPolicyDuplicates(List<PolicyDef> sorted) {
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).from().equals(sorted.get(i).from()); j++) {
                PolicyDef a = sorted.get(i);
                PolicyDef b = sorted.get(j);
                if (!a.location().file().equals(b.location().file())) {
                    continue;
                }
                for (Map.Entry<Key<?>, Setting> e : b.settings().entrySet()) {
                    Setting first = a.settings().get(e.getKey());
                    if (first != null) {
                        throw new ScenarioException(e.getValue().location(), e.getKey().path() + ": set twice for "
                                + b.from() + " (first at line " + first.location().line() + ")");
                    }
                }
            }
        }
    }

    /** Settings that are consistent one by one but contradict each other. */
    private static void checkConstraints(ParamValues v, Map<Key<?>, Location> origin, Location fallback) {
        double mixSum = 0;
        for (double share : v.get(LabourMarketConfig.MIX)) {
            mixSum += share;
        }
        if (Math.abs(mixSum - 1) > 1e-6) {
            fail(origin, fallback, LabourMarketConfig.MIX, "the shares add up to " + mixSum + ", expected 1");
        }
        if (v.get(BehaviourConfig.CAP_MIN) > v.get(BehaviourConfig.CAP_MAX)) {
            fail(origin, fallback, BehaviourConfig.CAP_MIN, "is above behaviour.capMax (" + v.get(BehaviourConfig.CAP_MAX) + ")");
        }
        if (v.get(ExitConfig.RETIREMENT_AGE) >= v.get(ExitConfig.MAX_AGE)) {
            fail(origin, fallback, ExitConfig.RETIREMENT_AGE, "must be below exit.maxAge (" + v.get(ExitConfig.MAX_AGE) + ")");
        }
        if (v.get(InitialConfig.AGE_MIN) >= v.get(InitialConfig.AGE_MAX)) {
            fail(origin, fallback, InitialConfig.AGE_MIN, "must be below initial.gpAge.max (" + v.get(InitialConfig.AGE_MAX) + ")");
        }
        if (v.get(InitialConfig.AGE_MAX) > v.get(ExitConfig.MAX_AGE) + 1) {
            fail(origin, fallback, InitialConfig.AGE_MAX, "is above exit.maxAge + 1 (" + v.get(ExitConfig.MAX_AGE) + ")");
        }
        if (v.get(BasicGrantConfig.MODEL).equals("breakpoint")
                && v.get(BasicGrantConfig.BREAKPOINT) > v.get(BasicGrantConfig.MAX_PATIENTS)) {
            fail(origin, fallback, BasicGrantConfig.BREAKPOINT, "is above funding.basicGrant.maxPatients ("
                    + v.get(BasicGrantConfig.MAX_PATIENTS) + ")");
        }
        if (v.get(OnCallConfig.DISTRICT).equals("file") && v.get(OnCallConfig.DISTRICT_FILE) == null) {
            fail(origin, fallback, OnCallConfig.DISTRICT, "is file, but onCall.districtFile is none");
        }
    }

    private static void fail(Map<Key<?>, Location> origin, Location fallback, Key<?> key, String message) {
        Location where = origin.getOrDefault(key, fallback);
        throw new ScenarioException(where, key.path() + ": " + message);
    }

    /**
     * A key set explicitly by a derived file or a policy but inactive in every regime where it
     * applies is a contradiction (e.g. breakpoint rates on a flat grant). Root files, which
     * document every key, are exempt.
     */
    private static void checkUnused(Layer layer, List<PolicyDef> policies, List<Scenario.Regime> timeline) {
        for (Map.Entry<Key<?>, Setting> e : layer.settings().entrySet()) {
            if (e.getValue().derived()) {
                checkActive(e.getKey(), e.getValue().location(), timeline.get(0).from(), timeline);
            }
        }
        for (PolicyDef p : policies) {
            for (Map.Entry<Key<?>, Setting> e : p.settings().entrySet()) {
                checkActive(e.getKey(), e.getValue().location(), p.from(), timeline);
            }
        }
    }

    private static void checkActive(Key<?> key, Location where, YearMonth from, List<Scenario.Regime> timeline) {
        if (key.activeWhenText() == null) {
            return;
        }
        for (int i = 0; i < timeline.size(); i++) {
            YearMonth regimeEnd = i + 1 < timeline.size() ? timeline.get(i + 1).from() : YearMonth.of(9999, 12);
            if (regimeEnd.isAfter(from) && key.isActive(timeline.get(i).values())) {
                return;
            }
        }
        throw new ScenarioException(where, key.path() + ": is set but never used; it applies only when "
                + key.activeWhenText());
    }

    private static String text(YamlNode.Mapping root, String key, Path file) {
        YamlNode.Mapping.Entry e = root.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YamlNode.Scalar s && s.scalarKind() != YamlNode.Scalar.Kind.NULL) {
            return s.text();
        }
        throw new ScenarioException(e.value().location(), key + ": found " + e.value().kind() + ", expected text");
    }

    /**
     * Where the scenario (with the files it extends) sets a key, or null when it takes the built-in
     * default. Reads the files again; meant for error messages about a file the key names.
     */
    public static Location whereSet(Path scenarioFile, Key<?> key) {
        try {
            ScenarioLoader loader = new ScenarioLoader();
            Path abs = scenarioFile.toAbsolutePath().normalize();
            Setting s = loader.layer(abs, loader.reader.read(abs), new ArrayList<>()).settings().get(key);
            return s == null ? null : s.location();
        } catch (BadInputException e) {
            return null;
        }
    }

    /** Resolves a path written in {@code file} against that file's directory. */
    private static Path resolve(Path file, String written, Location where, String path) {
        try {
            return file.getParent().resolve(written).normalize();
        } catch (InvalidPathException e) {
            throw new ScenarioException(where, path + ": '" + quote(written) + "' is not a valid path: " + e.getReason());
        }
    }

    private static String quote(String s) {
        return BadInputException.quote(s);
    }

    private static String hash(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ScenarioException(Location.ofFile(files.get(0)), "cannot read the file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
