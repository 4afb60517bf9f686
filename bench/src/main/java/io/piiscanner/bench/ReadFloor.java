package io.piiscanner.bench;

import io.piiscanner.core.swar.Swar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor of a whole-process measurement on the JVM: a Java process that reads every file of a
 * folder in 1 MiB blocks, as the scanner does, and counts the digit bytes eight at a time (SWAR,
 * as the scanner's classifying pass reads them), detecting nothing. {@code bench/run.sh} times it
 * beside pii-scanner and ripgrep: it tells what part of a throughput target the JVM's start-up,
 * warm-up and a single pass over the bytes already take, before any detection.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.piiscanner.bench.ReadFloor DIR}; prints the files,
 * bytes and digits it counted.
 */
public final class ReadFloor {

    private ReadFloor() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ReadFloor DIR");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        byte[] buf = new byte[1 << 20];
        long bytes = 0;
        long digits = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    bytes += n;
                    digits += countDigits(buf, n);
                }
            }
        }
        System.out.println(files.size() + " files, " + bytes + " bytes, " + digits + " digits");
    }

    private static final long AT_LEAST_0 = (0x80 - '0') * Swar.ONES;
    private static final long ABOVE_9 = (0x80 - '9' - 1) * Swar.ONES;

    private static long countDigits(byte[] b, int n) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long w = Swar.word(b, i);
            long low = w & Swar.LOW7;
            // The high bit of each byte: set by the first sum when it is '0' or more, by the
            // second when it is above '9'; bytes with their own high bit set are not ASCII digits.
            count += Long.bitCount((low + AT_LEAST_0) & ~(low + ABOVE_9) & ~w & Swar.HIGH);
        }
        for (; i < n; i++) {
            count += b[i] >= '0' && b[i] <= '9' ? 1 : 0;
        }
        return count;
    }
}
