package io.piiscanner.core.detect;

import io.piiscanner.core.corpus.CorpusGenerator;
import io.piiscanner.core.corpus.Document;
import io.piiscanner.core.corpus.SparseCorpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detector's {@link MatchStart} only saves work: at every position it rules out, the pattern
 * could not have matched. Each built-in regex detector must find exactly what its pattern finds
 * with a plain {@link Matcher#find()} over the same gate regions.
 */
class MatchStartTest {

    private static final List<RegexDetector> DETECTORS = ServiceLoader.load(Detector.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(RegexDetector.class::isInstance)
            .map(RegexDetector.class::cast)
            .toList();

    @Property(tries = 2000)
    void findsWhatPlainFindFinds(@ForAll("texts") String text) {
        assertSameAsPlainFind(text);
    }

    @Test
    void findsWhatPlainFindFindsInBothCorpora() {
        List<Document> docs = new ArrayList<>(new CorpusGenerator(7).generate(400_000));
        docs.addAll(new SparseCorpus(7).generate(600_000));
        for (Document d : docs) {
            assertSameAsPlainFind(new String(d.content(), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void everyBuiltInPatternIsTriedOnlyAtTokenStarts() {
        assertThat(DETECTORS).hasSizeGreaterThanOrEqualTo(15);
        assertThat(DETECTORS).allSatisfy(d -> assertThat(d.start().atTokenStarts()).as(d.id()).isTrue());
    }

    private static void assertSameAsPlainFind(String text) {
        for (RegexDetector d : DETECTORS) {
            List<String> fast = new ArrayList<>();
            d.find(ScanText.of(text), c -> fast.add(c.toString()));
            assertThat(fast).as("%s in «%s»", d.id(), text.length() > 300 ? text.substring(0, 300) : text)
                    .isEqualTo(plainFind(d, ScanText.of(text)));
        }
    }

    /** What {@link RegexDetector#find} did before match starts: {@code find()} over each region. */
    private static List<String> plainFind(RegexDetector d, ScanText text) {
        List<String> out = new ArrayList<>();
        Matcher m = d.pattern().matcher(text.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int[] regions = text.regions(d.gate());
        for (int r = 0; r < regions.length; r += 2) {
            if (!d.worthMatching(text.text(), regions[r], regions[r + 1])) {
                continue;
            }
            m.region(regions[r], regions[r + 1]);
            while (m.find()) {
                if (m.start() >= text.scanEnd()) {
                    return out;
                }
                Candidate c = d.evaluate(text, m);
                if (c != null) {
                    out.add(c.toString());
                }
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789 -./()+:,").ofMinLength(1).ofMaxLength(24),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF:.").ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                        .ofMinLength(2).ofMaxLength(45),
                Arbitraries.of("4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "123-45-6789",
                        "912-70-1234", "021000021", "0210-0002-1", "DE89 3704 0044 0532 0130 00",
                        "GB82WEST12345698765432", "192.168.1.20", "2001:db8::8a2e:370:7334", "::1",
                        "March 5, 1984", "5th of Mar 1984", "1984-03-05", "05.03.1984", "03/05/1984",
                        "(212) 555-1234", "+44 20 7946 0958", "212.555.1234", "AKIAIOSFODNN7EXAMPLE",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x52908400098527886E0F7030069857D2E4169EE7",
                        "D1234567", "CA-1234567", "X12345678", "123456789", "9 123 456 789", "dob", "ssn:", "acct#",
                        "routing", "passport", "driver license", "+", "-", ".", "/", ":", "_", "@", "\n", "T", "Z"));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", " ", "-", ".", "/", ":", ", ", "\n", "\"", "=");
        return Arbitraries.oneOf(token, separator).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }
}
