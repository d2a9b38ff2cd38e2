package no.gpsim.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import no.gpsim.output.RunOutputs;

/**
 * SHA-256 of a run's CSV outputs (national.csv, groups.csv and municipalities.csv, in that order,
 * header lines included) without their {@code scenario} and {@code seed} columns: a renamed copy of
 * a scenario hashes the same, while any value that moves by one printed digit, anywhere, changes the
 * hash (so does a new output column). Every row starts {@code scenario,replicate,seed,}; scenario
 * names cannot contain commas, so the first three fields are found by the first three commas.
 */
public final class OutputHash {

    /** The files hashed, in order. */
    public static final List<String> FILES = List.of(RunOutputs.NATIONAL, RunOutputs.GROUPS, RunOutputs.MUNICIPALITIES);

    private OutputHash() {
    }

    /** The hash of the outputs in {@code dir}. */
    public static String of(Path dir) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : FILES) {
            digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    digest.update(withoutScenarioAndSeed(line).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code scenario,replicate,seed,rest} to {@code replicate,rest}. */
    static String withoutScenarioAndSeed(String line) {
        int a = line.indexOf(',');
        int b = a < 0 ? -1 : line.indexOf(',', a + 1);
        int c = b < 0 ? -1 : line.indexOf(',', b + 1);
        if (c < 0) {
            throw new IllegalStateException("an output row without scenario, replicate and seed: " + line);
        }
        return line.substring(a + 1, b + 1) + line.substring(c + 1);
    }
}
