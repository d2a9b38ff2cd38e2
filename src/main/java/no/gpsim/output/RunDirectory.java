package no.gpsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import no.gpsim.BadInputException;

/**
 * An output directory written all or nothing. Files go into a hidden temporary directory beside
 * the target, which is renamed into place by {@link #commit()} only when the run succeeded. If
 * the run fails, is interrupted (Ctrl-C) or the JVM exits first, the temporary directory is
 * deleted, so no half-written run directory is left. An existing directory is replaced only when
 * {@code force} is given.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean force;
    private final Thread cleanup;
    private boolean committed;

    private RunDirectory(Path target, Path temp, boolean force) {
        this.target = target;
        this.temp = temp;
        this.force = force;
        this.cleanup = new Thread(() -> deleteTree(temp), "gpsim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Prepares to write {@code target}; fails at once if it exists and {@code force} is false. */
    public static RunDirectory create(Path target, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !force) {
            throw new BadInputException(abs + ": the output directory exists; choose another --out or add --force to replace it");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException(abs + ": exists and is not a directory");
        }
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            return new RunDirectory(abs, temp, force);
        } catch (IOException e) {
            throw new BadInputException(abs + ": cannot create the output directory: " + e.getMessage());
        }
    }

    /** Where to write the files until {@link #commit()}. */
    public Path path() {
        return temp;
    }

    /** The final directory. */
    public Path target() {
        return target;
    }

    /** Moves the finished files into place. */
    public void commit() {
        try {
            if (Files.exists(target)) {
                if (!force) {
                    throw new BadInputException(target + ": the output directory appeared while the run was going; "
                            + "add --force to replace it");
                }
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.move(target, old.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the output into " + target, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(temp);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover hidden temporary directory is harmless
        }
    }
}
