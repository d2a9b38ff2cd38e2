package no.gpsim.engine;

import java.lang.reflect.InvocationTargetException;
import no.gpsim.BadInputException;

/** Chooses the back-end named on the command line. */
public final class Engines {

    /** The back-ends by name. */
    public enum Kind {
        LOCAL, SPARK
    }

    private Engines() {
    }

    /**
     * Checks the Spark-only options against the back-end, before any work starts.
     *
     * @param batch runs per Spark task as given, or null when not given
     * @throws BadInputException for --master or --batch without Spark, or a batch below 1
     */
    public static void check(Kind kind, String master, Integer batch) {
        if (kind == Kind.LOCAL && (master != null || batch != null)) {
            throw new BadInputException((master != null ? "--master" : "--batch") + ": only with --engine spark");
        }
        if (batch != null && batch < 1) {
            throw new BadInputException("--batch: " + batch + " must be 1 or more");
        }
    }

    /**
     * The engine of this kind.
     *
     * @param threads threads of the local engine
     * @param master the Spark master URL, or null for spark-submit's (Spark only)
     * @param batch runs per Spark task, 0 to choose (Spark only)
     * @throws BadInputException when Spark is asked for but is not on the class path, or has no master
     */
    public static Engine create(Kind kind, int threads, String master, int batch) {
        check(kind, master, batch == 0 ? null : batch);
        if (kind == Kind.LOCAL) {
            return new LocalEngine(threads);
        }
        try {
            Class<?> spark = Class.forName("no.gpsim.engine.SparkEngine");
            return (Engine) spark.getConstructor(String.class, int.class).newInstance(master, batch);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new BadInputException("--engine spark: Apache Spark is not on the class path; run gpsim through "
                    + "spark-submit (docs/SWEEPS.md)");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NoClassDefFoundError) {
                throw new BadInputException("--engine spark: Apache Spark is not on the class path; run gpsim through "
                        + "spark-submit (docs/SWEEPS.md)");
            }
            if (cause instanceof IllegalArgumentException iae) {
                throw new BadInputException("--engine spark: " + iae.getMessage());
            }
            throw new IllegalStateException("could not start Spark: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not start Spark: " + e, e);
        }
    }
}
