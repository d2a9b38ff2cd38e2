package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The largest-remainder splits against a plain reference: the same parts, every time. */
class ApportionTest {

    /** The textbook method: floors, then one more for the largest remainder, scanned once per extra one. */
    private static long[] referenceSplit(long total, double[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        double[] remainders = new double[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum > 0 ? total * (weights[i] / sum) : total / (double) n;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    @Test
    void splitGivesTheReferencePartsWithManyExtraOnesAndTies() {
        Random random = new Random(42);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(trial % 3 == 0 ? 600 : 40);
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                // small integer weights make many equal remainders (ties), as patient counts do
                weights[i] = trial % 2 == 0 ? random.nextInt(4) : random.nextInt(2_000);
            }
            long total = random.nextInt(3 * n + 1);
            long[] parts = Apportion.split(total, weights);
            assertArrayEquals(referenceSplit(total, weights), parts, "trial " + trial);
            long sum = 0;
            for (long p : parts) {
                sum += p;
            }
            assertEquals(total, sum);
        }
    }

    @Test
    void sharesAreTheFloorsPlusTheLargestRemaindersTiesToTheLowerIndex() {
        int[] out = new int[4];
        Apportion.shares(new int[] {1, 1, 1, 1}, 4, 2, out);
        assertArrayEquals(new int[] {1, 1, 0, 0}, out);
        Apportion.shares(new int[] {10, 0, 30, 60}, 100, 7, out);
        assertArrayEquals(new int[] {1, 0, 2, 4}, out);
        Apportion.shares(new int[] {3, 5, 0, 2}, 10, 10, out);
        assertArrayEquals(new int[] {3, 5, 0, 2}, out);
    }
}
