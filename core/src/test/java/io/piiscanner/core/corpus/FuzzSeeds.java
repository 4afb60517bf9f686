package io.piiscanner.core.corpus;

import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.Mutations.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs the engine's fuzz properties start from: the repository's samples (every format,
 * the gzip and the PNG included), the head of each real log of the decoy set, and small files
 * made for the awkward corners of each format. Mutated, they stay at most {@link #MAX_BYTES}.
 */
public final class FuzzSeeds {

    /** The largest input a try scans: enough for several windows of context, small enough to be quick. */
    public static final int MAX_BYTES = 64 * 1024;
    /** How much of each decoy log is kept. */
    private static final int DECOY_HEAD = 12 * 1024;

    private static final List<String> DECOYS = List.of(
            "android-logcat.log",
            "apache.log",
            "app.log",
            "cloudtrail.json",
            "hdfs.log",
            "spark.log",
            "sshd.log",
            "windows-cbs.log",
            "zookeeper.log",
            "RateLimiter.java",
            "retention.py");

    /** Structure of the formats read, and values and labels the detectors look for. */
    public static final List<String> TOKENS = List.of(
            "\"",
            ",",
            "\t",
            "\n",
            "\r\n",
            "\r",
            "{",
            "}",
            "[",
            "]",
            ":",
            "\\",
            "\\\"",
            "\\u0041",
            "\\n",
            "\"\"",
            ",\"",
            "\",",
            "{\"a\":",
            "\"k\":[",
            "null",
            "é",
            "\u2028",
            "\uFEFF",
            " ",
            "-",
            ".",
            "@",
            "/",
            "0",
            "9",
            "00000000000000000000",
            "4111111111111111",
            "4111 1111 1111 1111",
            "5500-0000-0000-0004",
            "378282246310005",
            "6011000990139424",
            "536-22-1234",
            "536221234",
            "912-70-1234",
            "jane.doe@example.com",
            "name%40example.com",
            "GB82WEST12345698765432",
            "DE89 3704 0044 0532 0130 00",
            "021000021",
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "+1 650-253-0000",
            "(650) 253-0000",
            "192.168.0.1",
            "2001:db8::1",
            "::ffff:10.0.0.1",
            "1.2.3.4.5",
            "1984-03-05",
            "03/05/1984",
            "C1234567",
            "X12345678",
            "card number: ",
            "ssn: ",
            "date of birth ",
            "routing ",
            "account number ",
            "passport ",
            "driver's license ",
            "ITIN ",
            "phone ",
            "secret key ",
            "order id ",
            "trace_id=",
            "Message-ID: <",
            "https://user:pw@",
            "v1.2.3",
            "0000: 41 42 43 ");

    private FuzzSeeds() {}

    /** Every seed. */
    public static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        SampleWriter.samples(SampleWriter.SEED).forEach((name, bytes) -> seeds.add(new Seed(name, bytes)));
        for (String decoy : DECOYS) {
            byte[] text = resource("/decoys/" + decoy);
            seeds.add(new Seed(decoy, Arrays.copyOf(text, Math.min(text.length, DECOY_HEAD))));
        }
        seeds.add(Seed.of("quoted.csv", """
                id,"name, full","note
                with a line break",card
                1,"Doe, Jane","said ""hi""
                and left",4111111111111111
                2,,"",""
                3,"unterminated,5500 0000 0000 0004
                """));
        seeds.add(Seed.of("crlf.tsv", "id\tssn\tdob\r\n1\t536-22-1234\t1984-03-05\r\n2\t\"x\ty\"\t\r\n"));
        seeds.add(Seed.of("nested.json", """
                {"customer": {"name": "Jane \\"JD\\" Doe", "cards": [4111111111111111, "5500-0000-0000-0004"],
                 "536-22-1234": {"GB82WEST12345698765432": "x 5555555555554444"},
                 "dob": "1984-03-05", "esc": "\\u0034111111111111111 \\\\ \\/ \\n",
                 "deep": [[[[{"ssn": "536-22-1234"}]]]], "n": -4111111111111111, "e": 4111111111111111e2}}
                """));
        seeds.add(Seed.of("lines.ndjson", """
                {"email": "jane.doe@example.com", "ip": "192.168.0.1"}
                {"card": 4111111111111111, "note": "line\\nbreak"}
                not json at all 536-22-1234
                {"open": "no end
                {"k": [1, 2, {"iban": "DE89370400440532013000"}]}
                """));
        return seeds;
    }

    /** Mutations of every seed with the tokens, at most {@link #MAX_BYTES} each. */
    public static Mutations mutations() {
        return Mutations.of(all(), TOKENS, MAX_BYTES);
    }

    private static byte[] resource(String name) {
        try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
