package io.piiscanner.lambda.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Planted personal data, and every spelling of it that must never leave the engine. */
public final class Pii {

    public static final String CARD = "4111111111111111";
    public static final String CARD_SPACED = "4111 1111 1111 1111";
    /** Not one of the advertised SSNs, which detectors rightly ignore. */
    public static final String SSN = "536-22-1234";

    public static final String EMAIL = "jane.doe@example.com";
    public static final String IBAN = "DE89370400440532013000";
    public static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";

    /** The values and their digits-only and grouped forms. */
    public static final List<String> FORBIDDEN = List.of(
            CARD,
            CARD_SPACED,
            "4111-1111-1111-1111",
            SSN,
            "536221234",
            EMAIL,
            IBAN,
            "DE89 3704 0044 0532 0130 00",
            "370400440532013000",
            AWS_KEY);

    public static final String CSV =
            """
            name,card_number,ssn,email,iban,aws_access_key_id
            Jane Doe,%s,%s,%s,%s,%s
            "Roe, John","%s",%s,%s,%s,%s
            """.formatted(CARD, SSN, EMAIL, IBAN, AWS_KEY, CARD_SPACED, SSN, EMAIL, IBAN, AWS_KEY);

    public static final String TEXT = """
            Support ticket 1182
            Card number: %s (backup %s)
            SSN: %s
            Email: %s
            IBAN: %s
            AWS access key id: %s
            """.formatted(CARD, CARD_SPACED, SSN, EMAIL, IBAN, AWS_KEY);

    public static final String CLEAN = "Quarterly notes: revenue up, nothing personal in here.\n";

    private Pii() {}

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
