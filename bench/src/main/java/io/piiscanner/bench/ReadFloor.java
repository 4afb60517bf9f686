package io.piiscanner.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor of a whole-process measurement on the JVM: a Java process that reads every file of a
 * folder in 1 MiB blocks, as the scanner does, and counts the digit bytes with one plain loop,
 * detecting nothing. {@code bench/run.sh} times it beside pii-scanner and ripgrep; no Java scanner
 * that looks at each byte in a loop of this kind finishes sooner, so it tells what part of a
 * throughput target the JVM's start-up, warm-up and a single byte-wise pass already take.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.piiscanner.bench.ReadFloor DIR}; prints the files,
 * bytes and digits it counted.
 */
public final class ReadFloor {

    private ReadFloor() {
    }

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

    private static long countDigits(byte[] b, int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            count += b[i] >= '0' && b[i] <= '9' ? 1 : 0;
        }
        return count;
    }
}
