package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Memory does not grow with the input: a single 96 MB line scans in a JVM whose whole heap is
 * 32 MB, finding every value planted along it.
 */
class BoundedMemoryTest {

    @Test
    void aLineThreeTimesLargerThanTheHeapScansInFull() throws IOException, InterruptedException {
        long size = 96L << 20;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx32m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LongLineScan.class.getName(),
                        Long.toString(size),
                        Long.toString(1 << 20))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        long planted = (size - 1000 - 64) / (1 << 20) + 1;
        assertThat(out).isEqualTo("bytes=" + size + " planted=" + planted + " found=" + planted + " line=1");
    }
}
