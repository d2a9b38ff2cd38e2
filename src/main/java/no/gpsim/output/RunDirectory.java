package no.gpsim.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import no.gpsim.BadInputException;

/**
 * An output directory written all or nothing. Files go into a hidden temporary directory beside
 * the target, which is renamed into place by {@link #commit()} only when the run succeeded. If
 * the run fails, is interrupted (Ctrl-C) or the JVM exits first, the temporary directory is
 * deleted, so no half-written run directory is left. An existing directory is replaced only when
 * {@code force} is given.
 *
 * <p>A hard kill (SIGKILL, the out-of-memory killer, a CI timeout) runs no shutdown hook and
 * leaves the hidden directory behind. Each one therefore holds a {@link PartialMarker} naming the
 * process that writes it, and {@link #create} first looks for such leftovers in the same parent
 * folder: it removes those whose process has ended, with one line on standard error each, and
 * never touches a directory whose process is alive. Directories and files are created with the
 * user's usual permissions (the umask), not the owner-only ones of temporary files.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final boolean force;
    private final Thread cleanup;
    /** Guarded by this: set once the files are in place, or once the run is abandoned. */
    private boolean committed;
    private boolean abandoned;

    private RunDirectory(Path target, Path temp, boolean force) {
        this.target = target;
        this.temp = temp;
        this.force = force;
        this.cleanup = new Thread(this::abandon, "gpsim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** {@link #create(Path, boolean, PrintWriter)} reporting on the process's standard error. */
    public static RunDirectory create(Path target, boolean force) {
        return create(target, force, new PrintWriter(System.err, true));
    }

    /**
     * Prepares to write {@code target}; fails at once if it exists and {@code force} is false.
     * Stale partial directories in the parent folder are reported on {@code err} and removed
     * first (see the class comment).
     */
    public static RunDirectory create(Path target, boolean force, PrintWriter err) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            throw new BadInputException(abs + ": cannot write a run into the root directory; choose another --out");
        }
        if (Files.exists(abs) && !force) {
            throw new BadInputException(abs + ": the output directory exists; choose another --out or add --force to replace it");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new BadInputException(abs + ": exists and is not a directory");
        }
        try {
            Files.createDirectories(parent);
            PartialMarker.removeStale(parent, err);
            Path temp = createMarked(parent, "." + abs.getFileName() + ".partial-");
            return new RunDirectory(abs, temp, force);
        } catch (IOException e) {
            throw new BadInputException(abs + ": cannot create the output directory: " + e);
        }
    }

    /**
     * Creates {@code parent/prefix<random>} with the default permissions (unlike
     * {@link Files#createTempDirectory}, which makes it owner-only) and marks it as this process's.
     */
    static Path createMarked(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path dir = parent.resolve(prefix + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36));
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            PartialMarker.write(dir);
            return dir;
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

    /**
     * Moves the finished files into place. Refused once the run has been abandoned (the JVM is
     * shutting down after Ctrl-C), so a directory the shutdown hook is emptying never becomes the
     * run directory.
     */
    public synchronized void commit() {
        if (abandoned) {
            throw new IllegalStateException("the run was interrupted; its output has been removed");
        }
        try {
            if (Files.exists(target)) {
                if (!force) {
                    throw new BadInputException(target + ": the output directory appeared while the run was going; "
                            + "add --force to replace it");
                }
                Path old = createMarked(target.getParent(), "." + target.getFileName() + ".old-");
                Files.move(target, old.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            PartialMarker.remove(temp);
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

    /**
     * Gives up the run: deletes the temporary directory unless the files were already moved into
     * place, and refuses any later {@link #commit()}. The shutdown hook calls this on Ctrl-C.
     */
    synchronized void abandon() {
        if (committed || abandoned) {
            return;
        }
        abandoned = true;
        // the run may still be writing into temp on another thread; retry until it is gone
        for (int attempt = 0; attempt < 5 && Files.exists(temp); attempt++) {
            deleteTree(temp);
        }
        if (Thread.currentThread() == cleanup) {
            System.err.println("gpsim: interrupted; no output was written to " + target);
            System.err.flush();
        }
    }

    @Override
    public void close() {
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover hidden temporary directory is harmless, and the caller may retry
        }
    }
}
