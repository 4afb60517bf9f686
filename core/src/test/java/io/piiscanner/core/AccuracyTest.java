package io.piiscanner.core;

import static io.piiscanner.core.detect.EntityTypes.ABA_ROUTING_NUMBER;
import static io.piiscanner.core.detect.EntityTypes.AWS_ACCESS_KEY;
import static io.piiscanner.core.detect.EntityTypes.CREDIT_CARD;
import static io.piiscanner.core.detect.EntityTypes.EMAIL_ADDRESS;
import static io.piiscanner.core.detect.EntityTypes.IBAN_CODE;
import static io.piiscanner.core.detect.EntityTypes.IP_ADDRESS;
import static io.piiscanner.core.detect.EntityTypes.PHONE_NUMBER;
import static io.piiscanner.core.detect.EntityTypes.US_SSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.piiscanner.core.corpus.AccuracyScorer;
import io.piiscanner.core.corpus.CorpusGenerator;
import io.piiscanner.core.corpus.DocumentScans;
import io.piiscanner.core.scan.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures recall and precision of the default engine on a seeded synthetic corpus of financial
 * documents (see {@link CorpusGenerator}) and requires 98% of each for the measured types.
 * The table is printed and written to {@code target/accuracy.md} for the README.
 */
class AccuracyTest {

    private static final long SEED = 20240315L;
    /** About 4.5 MB: over two thousand values of the rarest measured type, generated and scanned in seconds. */
    private static final long CORPUS_BYTES = 4_500_000L;

    private static final double REQUIRED = 0.98;
    /** Below this many planted values, 98% would say little. */
    private static final int MIN_PLANTED = 2_000;

    private static final int EXAMPLES = 20;
    private static final List<String> MEASURED = List.of(
            CREDIT_CARD,
            US_SSN,
            EMAIL_ADDRESS,
            PHONE_NUMBER,
            IP_ADDRESS,
            IBAN_CODE,
            ABA_ROUTING_NUMBER,
            AWS_ACCESS_KEY);

    @Test
    void everyMeasuredTypeReachesRequiredRecallAndPrecision() throws IOException {
        Engine engine = Engine.withDefaults();
        AccuracyScorer scorer = new AccuracyScorer(MEASURED, EXAMPLES);
        long[] totals = new long[2];
        new CorpusGenerator(SEED).forEach(CORPUS_BYTES, doc -> {
            scorer.add(doc, DocumentScans.scan(engine, doc));
            totals[0]++;
            totals[1] += doc.content().length;
        });

        String table = scorer.markdownTable();
        String report = String.format(
                Locale.ROOT,
                "Synthetic corpus: %d documents, %d bytes, seed %d (CSV, TSV, NDJSON, JSON, logs, tickets).%n%n%s",
                totals[0],
                totals[1],
                SEED,
                table);
        System.out.println(report);
        System.out.println(scorer.details());
        Path out = Path.of(System.getProperty("basedir", "."), "target", "accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        assertThat(scorer.scores())
                .allSatisfy(s -> assertThat(s.planted())
                        .as("planted %s values", s.type())
                        .isGreaterThanOrEqualTo(MIN_PLANTED));
        String failures = scorer.failures(REQUIRED);
        if (!failures.isEmpty()) {
            fail("accuracy below %s:%n%s%n%s", REQUIRED, table, failures);
        }
    }
}
