package io.piiscanner.core.linear;

import io.piiscanner.core.corpus.CorpusGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongFunction;

/**
 * Inputs dense in candidates, the shapes that made a scan quadratic (issue 14): the same tokens
 * written as one long line or as lines of about {@link #LINE} bytes, so that the two cost the same
 * in a linear scan. {@link LinearWorkTest} bounds their work and {@code bench/adversarial.sh} times
 * them, from the files {@link #main} writes.
 */
public enum AdversarialShape {

    /** One-digit numbers, {@code 1 2 3 4 5 6 7 8 9 1 2 ...}: every window of them parses as some phone number. */
    DIGITS(seed -> i -> String.valueOf(1 + i % 9)),
    /** A counting run, {@code 1 2 3 ... 10 11 ...}. */
    COUNTING(seed -> i -> String.valueOf(i + 1)),
    /** Groups of one to six random digits. */
    RANDOM_GROUPS(seed -> {
        Random random = new Random(seed);
        return i -> {
            int digits = 1 + random.nextInt(6);
            StringBuilder b = new StringBuilder(digits);
            for (int d = 0; d < digits; d++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            return b.toString();
        };
    }),
    /** {@code 8.8.8.8}, every token a finding. */
    IPS(seed -> i -> "8.8.8.8"),
    /** An email address, every token a finding. */
    EMAILS(seed -> i -> "jane.doe@example.com"),
    /** A grouped test card number, every token a finding. */
    CARD_GROUPS(seed -> i -> "4111 1111 1111 1111");

    /** How the tokens are laid out. */
    public enum Layout {
        /** All on one line. */
        LINE,
        /** A line break instead of the separator once a line reaches {@link #LINE} bytes. */
        LINES
    }

    /** Bytes per line in {@link Layout#LINES}. */
    public static final int LINE = 100;

    private static final long SEED = 14;

    private final LongFunction<LongFunction<String>> tokens;

    AdversarialShape(LongFunction<LongFunction<String>> tokens) {
        this.tokens = tokens;
    }

    /** {@code size} bytes of this shape (the last token cut if it does not fit), ending in a line break. */
    public void write(Layout layout, long size, OutputStream out) throws IOException {
        LongFunction<String> next = tokens.apply(SEED);
        long written = 0;
        int column = 0;
        for (long i = 0; written < size - 1; i++) {
            byte[] token = next.apply(i).getBytes(StandardCharsets.US_ASCII);
            int n = (int) Math.min(token.length, size - 1 - written);
            out.write(token, 0, n);
            written += n;
            column += n;
            if (written < size - 1) {
                boolean breakLine = layout == Layout.LINES && column >= LINE;
                out.write(breakLine ? '\n' : ' ');
                written++;
                column = breakLine ? 0 : column + 1;
            }
        }
        out.write('\n');
    }

    /** {@link #write} into memory. */
    public byte[] bytes(Layout layout, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            write(layout, size, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file name of this shape in a layout, e.g. {@code digits-line.txt}. */
    public String fileName(Layout layout) {
        return (name() + "-" + layout.name()).toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    /**
     * Writes every shape in both layouts into a folder. Args: folder, size in bytes (a K, M or G
     * suffix allowed).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AdversarialShape DIR SIZE");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        long size = CorpusGenerator.parseSize(args[1]);
        if (size < 2) {
            System.err.println("AdversarialShape: SIZE must be at least 2 bytes: " + args[1]);
            System.exit(2);
        }
        for (AdversarialShape shape : values()) {
            for (Layout layout : Layout.values()) {
                Path file = dir.resolve(shape.fileName(layout));
                Path tmp = dir.resolve(file.getFileName() + ".tmp");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    shape.write(layout, size, out);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                System.out.println(file);
            }
        }
    }
}
