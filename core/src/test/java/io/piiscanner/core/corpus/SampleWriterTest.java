package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.ContentSniffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the committed {@code samples/} folder reproducible from {@link SampleWriter#SEED}. */
class SampleWriterTest {

    private static final String REGENERATE =
            "regenerate from the repository root with: ./mvnw -q -pl core test-compile "
                    + "org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test "
                    + "-Dexec.mainClass=io.piiscanner.core.corpus.SampleWriter -Dexec.args=samples";

    private static Map<String, byte[]> samples;

    @BeforeAll
    static void generate() {
        samples = SampleWriter.samples(SampleWriter.SEED);
    }

    @Test
    void committedSamplesAreWhatTheSeedGenerates() throws IOException {
        Path dir = samplesDir();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .as("files in %s (%s)", dir, REGENERATE)
                    .containsExactlyInAnyOrderElementsOf(samples.keySet());
        }
        for (Map.Entry<String, byte[]> e : samples.entrySet()) {
            byte[] committed = Files.readAllBytes(dir.resolve(e.getKey()));
            if (e.getKey().endsWith(".gz")) {
                // Deflate output may differ between zlib builds; header and content must not.
                assertThat(Arrays.copyOf(committed, 10)).as(e.getKey()).isEqualTo(Arrays.copyOf(e.getValue(), 10));
                assertThat(gunzip(committed))
                        .as("%s, content (%s)", e.getKey(), REGENERATE)
                        .isEqualTo(gunzip(e.getValue()));
            } else {
                assertThat(committed).as("%s (%s)", e.getKey(), REGENERATE).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void samplesAreSmall() {
        assertThat(samples.values()).allSatisfy(b -> assertThat(b.length).isLessThan(50_000));
        assertThat(samples.values().stream().mapToInt(b -> b.length).sum()).isLessThan(200_000);
    }

    @Test
    void gzipHeaderCarriesNoTimestamp() {
        byte[] gz = samples.get("events.ndjson.gz");
        assertThat(Arrays.copyOfRange(gz, 0, 3)).containsExactly(0x1f, 0x8b, 8);
        assertThat(Arrays.copyOfRange(gz, 4, 8)).as("mtime").containsOnly(0);
    }

    @Test
    void logoIsBinaryToTheScanner() {
        byte[] png = samples.get("logo.png");
        assertThat(ContentSniffer.binaryReason(png, png.length)).isNotNull();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** {@code samples/} beside the core module, whether run by Maven (in core/) or from the root. */
    private static Path samplesDir() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path beside = base.resolveSibling("samples");
        return Files.isDirectory(beside) ? beside : base.resolve("samples");
    }
}
