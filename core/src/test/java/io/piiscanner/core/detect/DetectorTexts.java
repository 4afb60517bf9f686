package io.piiscanner.core.detect;

import io.piiscanner.core.corpus.CorpusGenerator;
import io.piiscanner.core.corpus.Document;
import io.piiscanner.core.corpus.SparseCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Texts for checking that a detector's fast paths find what its plain matching finds. */
public final class DetectorTexts {

    private DetectorTexts() {}

    /** Numbers, separators, letters, hex and real values of every type, in random mixes. */
    public static Arbitrary<String> numbersAndWords() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings()
                        .withChars("0123456789 -./()+:,")
                        .ofMinLength(1)
                        .ofMaxLength(24),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEF:.")
                        .ofMinLength(1)
                        .ofMaxLength(40),
                Arbitraries.strings()
                        .withChars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                        .ofMinLength(2)
                        .ofMaxLength(45),
                Arbitraries.of(
                        "4111 1111 1111 1111",
                        "4111-1111-1111-1111",
                        "378282246310005",
                        "123-45-6789",
                        "912-70-1234",
                        "021000021",
                        "0210-0002-1",
                        "DE89 3704 0044 0532 0130 00",
                        "GB82WEST12345698765432",
                        "192.168.1.20",
                        "2001:db8::8a2e:370:7334",
                        "::1",
                        "March 5, 1984",
                        "5th of Mar 1984",
                        "1984-03-05",
                        "05.03.1984",
                        "03/05/1984",
                        "(212) 555-1234",
                        "+44 20 7946 0958",
                        "212.555.1234",
                        "(212)555-1234",
                        "+1 212 555 1234",
                        "08:05:21",
                        "2024-09-24 08:05:21",
                        "qty 3 212-555-1234",
                        "1727075563585",
                        "AKIAIOSFODNN7EXAMPLE",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                        "0x52908400098527886E0F7030069857D2E4169EE7",
                        "D1234567",
                        "CA-1234567",
                        "X12345678",
                        "123456789",
                        "9 123 456 789",
                        "dob",
                        "ssn:",
                        "acct#",
                        "routing",
                        "passport",
                        "driver license",
                        "+",
                        "-",
                        ".",
                        "/",
                        ":",
                        "_",
                        "@",
                        "\n",
                        "T",
                        "Z",
                        "180000000000002",
                        "501800000009",
                        "5018 0000 0009",
                        "3782 822463 10005",
                        "536 90 4399",
                        "1234-56-1551",
                        "card",
                        "checking:"));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", " ", "-", ".", "/", ":", ", ", "\n", "\"", "=");
        return Arbitraries.oneOf(token, separator)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    /** Short mixes of letters, digits, marks and the separators of digit clusters. */
    public static Arbitrary<String> classMixes() {
        return Arbitraries.strings().withChars("aZ0123456789f:./+_- (),\tx\n").ofMaxLength(120);
    }

    /** Longer than a 64-byte word of the classifying pass, with runs longer than a lead tells apart. */
    public static Arbitrary<String> longClassMixes() {
        Arbitrary<String> run = Arbitraries.oneOf(
                classMixes(),
                Arbitraries.strings().withChars("7q").ofMinLength(60).ofMaxLength(70));
        return run.list().ofMaxSize(4).map(l -> String.join("", l));
    }

    /** The documents of both corpora (accuracy and sparse), about a megabyte in all. */
    public static List<String> corpora() {
        List<Document> docs = new ArrayList<>(new CorpusGenerator(7).generate(400_000));
        docs.addAll(new SparseCorpus(7).generate(600_000));
        return docs.stream()
                .map(d -> new String(d.content(), StandardCharsets.ISO_8859_1))
                .toList();
    }
}
