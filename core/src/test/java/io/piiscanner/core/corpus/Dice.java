package io.piiscanner.core.corpus;

import java.util.List;
import java.util.Random;

/** Helpers over the generator's single {@link Random}, so every choice follows from the seed. */
final class Dice {

    private static final String HEX = "0123456789abcdef";

    private final Random random;

    Dice(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** A uniform integer in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    long between(long lo, long hi) {
        return lo + (long) (random.nextDouble() * (hi - lo + 1));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** {@code n} random decimal digits; the first may be 0. */
    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** {@code n} random characters of {@code alphabet}. */
    String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    String hex(int n) {
        return chars(HEX, n);
    }

    /** Picks an index by weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }
}
