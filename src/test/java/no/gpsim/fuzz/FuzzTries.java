package no.gpsim.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets a property's tries from the system property {@code fuzz.tries} (300 in the normal build;
 * {@code mvn -B verify -Dfuzz.tries=10000} runs the long campaign), divided by {@link #divisor()}
 * for properties whose cases are slow, and its seed from {@code fuzz.seed}: a fixed seed by
 * default, so that the build is reproducible, and a new one each time with
 * {@code -Dfuzz.seed=random}, for campaigns that look for new failures.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(FuzzTries.Hook.class)
public @interface FuzzTries {

    /** The property runs {@code fuzz.tries / divisor} cases, at least one. */
    int divisor() default 1;

    /** Tries when the system property is not set (running a test from an IDE). */
    int DEFAULT = 300;

    /** The seed of the normal build. */
    String DEFAULT_SEED = "20260101";

    /** Applies the annotation before jqwik starts generating. */
    final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            int divisor = context.findAnnotation(FuzzTries.class).map(FuzzTries::divisor).orElse(1);
            context.attributes().setTries(Math.max(1, tries() / Math.max(1, divisor)));
            String seed = System.getProperty("fuzz.seed", DEFAULT_SEED).trim();
            if (!seed.equals("random")) {
                context.attributes().setSeed(seed);
            }
            return property.execute();
        }

        static int tries() {
            String value = System.getProperty("fuzz.tries");
            if (value == null || value.isBlank()) {
                return DEFAULT;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fuzz.tries must be a whole number, was " + value, e);
            }
        }
    }
}
