package io.piiscanner.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Inputs for fuzz properties: realistic seeds (sample files, fixtures) changed the ways that find
 * bugs in readers of structured text (bits flipped, bytes and syntax tokens inserted, a token
 * repeated into deep nesting or a huge scalar, ranges deleted or duplicated, the end cut off, the
 * tail of another seed spliced on), each input at most {@code maxBytes} long, so that every try
 * runs in bounded time. Made of jqwik arbitraries: a failing input shrinks to fewer and smaller
 * changes, and its report names the seed and the changes.
 */
public final class Mutations {

    /** A named starting point, such as a sample file. */
    public record Seed(String name, byte[] bytes) {

        /** A seed of UTF-8 text. */
        public static Seed of(String name, String text) {
            return new Seed(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** How an input is changed. */
    public enum Kind {
        FLIP_BIT,
        SET_BYTE,
        INSERT_TOKEN,
        REPEAT_TOKEN,
        DELETE,
        DUPLICATE,
        TRUNCATE,
        SPLICE
    }

    /**
     * One change. Positions, lengths and choices are taken modulo what the input, the tokens and the
     * seeds have, so that every value applies to every input and shrinking keeps changes valid.
     *
     * @param kind   what is done
     * @param at     where in the input
     * @param length how many bytes (deleted, duplicated, spliced) or how many times a token repeats
     * @param value  a bit or byte value, the token, where a duplicate goes, or the spliced seed
     */
    public record Mutation(Kind kind, int at, int length, int value) {}

    /** A mutated input: where it came from, for the report of a failure, and its bytes. */
    public record Input(String seed, List<Mutation> changes, byte[] bytes) {

        /** The bytes as UTF-8 text, with malformed sequences replaced. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return seed + " " + changes.stream().map(Mutation::toString).collect(Collectors.joining(", ", "[", "]"))
                    + " (" + bytes.length + " bytes)";
        }
    }

    private final List<Seed> seeds;
    private final List<byte[]> tokens;
    private final int maxBytes;

    private Mutations(List<Seed> seeds, List<byte[]> tokens, int maxBytes) {
        if (seeds.isEmpty() || tokens.isEmpty()) {
            throw new IllegalArgumentException("mutations need at least one seed and one token");
        }
        this.seeds = List.copyOf(seeds);
        this.tokens = List.copyOf(tokens);
        this.maxBytes = maxBytes;
    }

    /**
     * Mutations of seeds by inserting, repeating and cutting the reader's tokens.
     *
     * @param seeds    the inputs to start from
     * @param tokens   text that means something to the reader under test (quotes, delimiters,
     *                 brackets, escapes, tags), inserted or repeated
     * @param maxBytes the longest input made; longer ones are cut
     */
    public static Mutations of(List<Seed> seeds, List<String> tokens, int maxBytes) {
        return new Mutations(
                seeds,
                tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList(),
                maxBytes);
    }

    /** A seed with up to {@code maxChanges} changes. */
    public Arbitrary<Input> inputs(int maxChanges) {
        Arbitrary<Seed> seed = Arbitraries.of(seeds);
        Arbitrary<List<Mutation>> changes = mutation().list().ofMaxSize(maxChanges);
        return Combinators.combine(seed, changes).as((s, c) -> new Input(s.name(), c, apply(s.bytes(), c)));
    }

    /** Random text of tokens and single bytes of any value, up to {@code maxBytes}: no seed at all. */
    public Arbitrary<Input> soup() {
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(tokens)),
                Tuple.of(1, Arbitraries.bytes().map(b -> new byte[] {b})));
        return piece.list().ofMaxSize(Math.min(maxBytes, 2_000)).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            byte[] bytes = out.toByteArray();
            return new Input("soup", List.of(), bytes.length > maxBytes ? Arrays.copyOf(bytes, maxBytes) : bytes);
        });
    }

    /** The input a seed becomes with these changes: to rebuild a reported failure in an example test. */
    public byte[] apply(byte[] seed, List<Mutation> changes) {
        byte[] b = seed.length > maxBytes ? Arrays.copyOf(seed, maxBytes) : seed;
        for (Mutation m : changes) {
            b = apply(b, m);
            if (b.length > maxBytes) {
                b = Arrays.copyOf(b, maxBytes);
            }
        }
        return b;
    }

    private Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 16)),
                Tuple.of(2, Arbitraries.integers().between(1, 1_000)),
                Tuple.of(1, Arbitraries.integers().between(1, maxBytes)));
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, maxBytes),
                        length,
                        Arbitraries.integers().between(0, 1 << 16))
                .as(Mutation::new);
    }

    private byte[] apply(byte[] in, Mutation m) {
        int n = in.length;
        return switch (m.kind()) {
            case FLIP_BIT -> n == 0 ? in : set(in, m.at() % n, (byte) (in[m.at() % n] ^ 1 << (m.value() & 7)));
            case SET_BYTE -> n == 0 ? in : set(in, m.at() % n, (byte) m.value());
            case INSERT_TOKEN -> insert(in, m.at() % (n + 1), token(m.value()));
            case REPEAT_TOKEN -> insert(in, m.at() % (n + 1), repeat(token(m.value()), m.length()));
            case DELETE -> {
                int from = n == 0 ? 0 : m.at() % n;
                yield Bytes.concat(
                        Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, Math.min(n, from + m.length()), n));
            }
            case DUPLICATE -> {
                int from = n == 0 ? 0 : m.at() % n;
                yield insert(in, m.value() % (n + 1), Arrays.copyOfRange(in, from, Math.min(n, from + m.length())));
            }
            case TRUNCATE -> Arrays.copyOf(in, m.at() % (n + 1));
            case SPLICE -> {
                byte[] other = seeds.get(m.value() % seeds.size()).bytes();
                int tail = m.length() % (other.length + 1);
                yield Bytes.concat(Arrays.copyOf(in, m.at() % (n + 1)), Arrays.copyOfRange(other, tail, other.length));
            }
        };
    }

    private byte[] token(int value) {
        return tokens.get(value % tokens.size());
    }

    /** The token repeated until the copies hold about {@code length} bytes, and at least once. */
    private byte[] repeat(byte[] token, int length) {
        int times = Math.max(1, Math.min(length, maxBytes) / Math.max(1, token.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream(times * token.length);
        for (int i = 0; i < times; i++) {
            out.writeBytes(token);
        }
        return out.toByteArray();
    }

    private static byte[] set(byte[] in, int at, byte value) {
        byte[] out = in.clone();
        out[at] = value;
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
        return Bytes.concat(Bytes.concat(Arrays.copyOf(in, at), piece), Arrays.copyOfRange(in, at, in.length));
    }
}
