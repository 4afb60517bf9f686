package io.piiscanner.core.corpus;

import static io.piiscanner.testing.Bytes.gzip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the small synthetic documents in the repository's {@code samples/} folder, which show
 * what the scanner finds in each input format. Regenerate from the repository root with:
 *
 * <pre>
 * ./mvnw -q -pl core -am test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=io.piiscanner.core.corpus.SampleWriter -Dexec.args=samples
 * </pre>
 */
public final class SampleWriter {

    /** The seed of the committed samples. */
    public static final long SEED = 20240501L;

    private SampleWriter() {}

    /** The sample files by name, in a fixed order; the same seed gives the same bytes. */
    public static Map<String, byte[]> samples(long seed) {
        CorpusGenerator generator = new CorpusGenerator(seed);
        Map<String, byte[]> out = new LinkedHashMap<>();
        add(out, generator, DocumentKind.CUSTOMERS_CSV, "customers.csv", 16_000);
        add(out, generator, DocumentKind.CUSTOMERS_TSV, "customers.tsv", 8_000);
        add(out, generator, DocumentKind.TRANSACTIONS_CSV, "transactions.csv", 10_000);
        add(out, generator, DocumentKind.EVENTS_NDJSON, "transactions.ndjson", 16_000);
        add(out, generator, DocumentKind.PAYMENTS_JSON, "payments.json", 10_000);
        add(out, generator, DocumentKind.APP_LOG, "app.log", 16_000);
        add(out, generator, DocumentKind.SUPPORT_TICKETS, "support-ticket.txt", 6_000);
        add(out, generator, DocumentKind.ACCESS_KEYS_CSV, "access-keys.csv", 3_000);
        out.put(
                "events.ndjson.gz",
                gzip(generator
                        .document(DocumentKind.EVENTS_NDJSON, "events.ndjson", 40_000)
                        .content()));
        out.put("logo.png", PngLogo.bytes());
        return out;
    }

    /** Writes the samples to a folder: {@code SampleWriter [DIR]}, by default {@code samples}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : samples(SEED).entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        System.out.println("wrote samples with seed " + SEED + " to " + dir.toAbsolutePath());
    }

    private static void add(
            Map<String, byte[]> out, CorpusGenerator generator, DocumentKind kind, String name, int approxBytes) {
        out.put(name, generator.document(kind, name, approxBytes).content());
    }
}
