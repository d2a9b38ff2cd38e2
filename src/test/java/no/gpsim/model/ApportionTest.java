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

    /** Largest remainder in plain long arithmetic: a division for every group, one scan per extra one. */
    private static int[] referenceShares(int[] groups, int count) {
        long total = 0;
        for (int g : groups) {
            total += g;
        }
        int[] out = new int[groups.length];
        long[] remainders = new long[groups.length];
        int given = 0;
        for (int a = 0; a < groups.length; a++) {
            out[a] = (int) ((long) count * groups[a] / total);
            remainders[a] = (long) count * groups[a] % total;
            given += out[a];
        }
        for (int left = count - given; left > 0; left--) {
            int best = 0;
            for (int a = 1; a < groups.length; a++) {
                if (remainders[a] > remainders[best]) {
                    best = a;
                }
            }
            out[best]++;
            remainders[best] = -1;
        }
        return out;
    }

    @Test
    void sharesGiveTheReferencePartsForFewAndManyMovers() {
        Random random = new Random(4);
        int[] out = new int[AgeGroups.COUNT];
        for (int trial = 0; trial < 100_000; trial++) {
            int[] groups = new int[AgeGroups.COUNT];
            long total = 0;
            for (int a = 0; a < groups.length; a++) {
                groups[a] = random.nextInt(trial % 2 == 0 ? 5 : 3_000);
                total += groups[a];
            }
            if (total == 0) {
                continue;
            }
            int count = trial % 3 == 0 ? (int) (random.nextLong() % (total + 1) + total + 1) % (int) (total + 1)
                    : Math.min((int) total, random.nextInt(6));
            Apportion.shares(groups, total, count, out);
            assertArrayEquals(referenceShares(groups, count), out, "trial " + trial);
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
