package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.scan.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accuracy on the {@link RealisticCorpus}, in its two parts: recall and precision per type on the
 * labelled sentences, and in the logs, code and documents the same plus false findings per MB,
 * the measure that says whether a scan of a log folder drowns its reader.
 */
public final class RealisticScores {

    /** Every type the built-in detectors report, in report order. */
    public static final List<String> TYPES = List.of(
            EntityTypes.CREDIT_CARD,
            EntityTypes.US_SSN,
            EntityTypes.US_ITIN,
            EntityTypes.EMAIL_ADDRESS,
            EntityTypes.PHONE_NUMBER,
            EntityTypes.IP_ADDRESS,
            EntityTypes.IBAN_CODE,
            EntityTypes.ABA_ROUTING_NUMBER,
            EntityTypes.US_BANK_NUMBER,
            EntityTypes.AWS_ACCESS_KEY,
            EntityTypes.AWS_SECRET_KEY,
            EntityTypes.CRYPTO,
            EntityTypes.US_PASSPORT,
            EntityTypes.US_DRIVER_LICENSE,
            EntityTypes.DATE_OF_BIRTH);

    /** The number-shaped types whose false findings in logs and code issue 14 bounds together. */
    public static final List<String> NUMBER_TYPES = List.of(
            EntityTypes.PHONE_NUMBER,
            EntityTypes.CREDIT_CARD,
            EntityTypes.US_SSN,
            EntityTypes.US_ITIN,
            EntityTypes.ABA_ROUTING_NUMBER,
            EntityTypes.US_BANK_NUMBER);

    private static final double MB = 1e6;

    private final AccuracyScorer sentences;
    private final AccuracyScorer rest;
    private long sentenceBytes;
    private long restBytes;

    /** @param examples how many missed and false examples to keep per type and part */
    public RealisticScores(int examples) {
        this.sentences = new AccuracyScorer(TYPES, examples);
        this.rest = new AccuracyScorer(TYPES, examples);
    }

    /** Scores one document of the corpus with the findings of its scan. */
    public void add(Document doc, List<Finding> findings) {
        if (RealisticCorpus.isSentences(doc)) {
            sentences.add(doc, findings);
            sentenceBytes += doc.content().length;
        } else {
            rest.add(doc, findings);
            restBytes += doc.content().length;
        }
    }

    /** Per type, on the labelled sentences. */
    public Map<String, TypeScore> sentences() {
        return byType(sentences.scores());
    }

    /** Per type, on the logs, code and documents. */
    public Map<String, TypeScore> logsAndCode() {
        return byType(rest.scores());
    }

    /** Bytes of the logs, code and documents scored. */
    public long logsAndCodeBytes() {
        return restBytes;
    }

    /** False findings of these types together in the logs, code and documents. */
    public long falseFindingsInLogsAndCode(Collection<String> types) {
        Map<String, TypeScore> scores = logsAndCode();
        return types.stream().mapToLong(t -> scores.get(t).falsePositives()).sum();
    }

    /** False findings of these types together per MB (10^6 bytes) of logs, code and documents. */
    public double falseFindingsPerMb(Collection<String> types) {
        return restBytes == 0 ? 0 : falseFindingsInLogsAndCode(types) / (restBytes / MB);
    }

    /** One type over the whole corpus: both parts added up. */
    public TypeScore overall(String type) {
        TypeScore a = sentences().get(type);
        TypeScore b = logsAndCode().get(type);
        return new TypeScore(
                type,
                a.planted() + b.planted(),
                a.found() + b.found(),
                a.findings() + b.findings(),
                a.falsePositives() + b.falsePositives());
    }

    /** The per-type table and the summary figures, in Markdown. */
    public String markdown() {
        Map<String, TypeScore> s = sentences();
        Map<String, TypeScore> r = logsAndCode();
        StringBuilder b = new StringBuilder()
                .append(
                        "| Type | Sentences: labelled | Recall | Precision | Logs, code, docs: labelled | Recall | Precision "
                                + "| False findings | False per MB |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String type : TYPES) {
            TypeScore x = s.get(type);
            TypeScore y = r.get(type);
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %d | %s | %s | %d | %.1f |%n",
                    type,
                    x.planted(),
                    recall(x),
                    precision(x),
                    y.planted(),
                    recall(y),
                    precision(y),
                    y.falsePositives(),
                    restBytes == 0 ? 0 : y.falsePositives() / (restBytes / MB)));
        }
        TypeScore ip = overall(EntityTypes.IP_ADDRESS);
        TypeScore email = overall(EntityTypes.EMAIL_ADDRESS);
        return b.append(String.format(
                        Locale.ROOT,
                        "%nSentences: %,d bytes. Logs, code and documents: %,d bytes; "
                                + "phone, card, SSN, ITIN, ABA and bank-number false findings there together: %d (%.2f per MB). "
                                + "Over the whole corpus, IP_ADDRESS precision %s (%d findings), EMAIL_ADDRESS precision %s "
                                + "(%d findings).%n",
                        sentenceBytes,
                        restBytes,
                        falseFindingsInLogsAndCode(NUMBER_TYPES),
                        falseFindingsPerMb(NUMBER_TYPES),
                        precision(ip),
                        ip.findings(),
                        precision(email),
                        email.findings()))
                .toString();
    }

    /** Misses and false findings by fixture, with examples, for each part. */
    public String details() {
        return "== Labelled sentences\n" + sentences.details() + "\n== Logs, code and documents\n" + rest.details();
    }

    private static Map<String, TypeScore> byType(List<TypeScore> scores) {
        return scores.stream().collect(Collectors.toMap(TypeScore::type, Function.identity()));
    }

    private static String recall(TypeScore s) {
        return s.planted() == 0 ? "-" : percent(s.recall());
    }

    private static String precision(TypeScore s) {
        return s.findings() == 0 ? "-" : percent(s.precision());
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
