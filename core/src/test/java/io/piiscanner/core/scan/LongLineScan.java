package io.piiscanner.core.scan;

import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans one generated line far larger than the heap it runs in and prints how many planted values
 * it found. {@link BoundedMemoryTest} runs it in a child JVM with a small fixed heap.
 */
public final class LongLineScan {

    private LongLineScan() {}

    /** Args: line size in bytes, distance between planted cards in bytes. */
    public static void main(String[] args) throws IOException {
        long size = Long.parseLong(args[0]);
        long every = Long.parseLong(args[1]);
        List<Long> planted = new ArrayList<>();
        for (long p = 1000; p + 64 < size; p += every) {
            planted.add(p);
        }
        long[] found = {0};
        long[] lastLine = {0};
        ScanOutcome outcome = Engine.withDefaults()
                .scan(
                        new InputSource(
                                "long-line",
                                () -> new PlantedStream(size, planted, " 4111 1111 1111 1111 "),
                                InputFormat.TEXT),
                        f -> {
                            if (f.type().equals("CREDIT_CARD")) {
                                found[0]++;
                                lastLine[0] = f.line();
                            }
                        });
        System.out.println("bytes=" + outcome.bytes() + " planted=" + planted.size() + " found=" + found[0] + " line="
                + lastLine[0]);
    }
}
