package no.gpsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * A progress bar on standard error (runs done, elapsed time, time left) that draws only when
 * standard error is a terminal, so redirected output and logs stay clean. Safe to step from
 * worker threads.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} steps, or a silent one when standard error is not a terminal. */
    static Progress open(String task, long total) {
        if (!stderrIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setUnit(" runs", 1)
                .showSpeed().build());
    }

    /** Whether the process's standard error is a terminal (asks {@code test -t 2}, as JLine does). */
    static boolean stderrIsTerminal() {
        try {
            return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
