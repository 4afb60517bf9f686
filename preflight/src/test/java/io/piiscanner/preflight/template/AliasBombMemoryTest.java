package io.piiscanner.preflight.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The alias chain that expands to 2^24 x 8 values (6.3 GB before the limit) is refused in a JVM
 * whose whole heap is 64 MB, rules and resource schemas loaded.
 */
class AliasBombMemoryTest {

    @Test
    void theAliasChainBombIsRefusedWithinASmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx64m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AliasBombCheck.class.getName(),
                        "24")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo("refused: aliases expand the template past 4,000,000 values and characters");
    }
}
