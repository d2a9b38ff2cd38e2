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
     * The engine of this kind.
     *
     * @param threads threads of the local engine
     * @param master the Spark master URL, or null for spark-submit's (Spark only)
     * @param batch runs per Spark task, 0 to choose (Spark only)
     * @throws BadInputException when Spark is asked for but is not on the class path, or has no master
     */
    public static Engine create(Kind kind, int threads, String master, int batch) {
        if (kind == Kind.LOCAL) {
            if (master != null) {
                throw new BadInputException("--master: only with --engine spark");
            }
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
