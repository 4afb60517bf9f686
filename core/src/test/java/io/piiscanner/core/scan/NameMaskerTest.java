package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are outputs: the values they hold are masked as the values themselves are, and nothing else. */
class NameMaskerTest {

    private static final NameMasker NAMES = Engine.withDefaults().names();

    @Test
    void masksValuesInFileAndFolderNamesWhateverJoinsThem() {
        assertThat(NAMES.mask("incoming/4111111111111111.csv")).isEqualTo("incoming/************1111.csv");
        assertThat(NAMES.mask("card-4111111111111111.csv")).isEqualTo("card-************1111.csv");
        assertThat(NAMES.mask("card_5555555555554444.json.gz")).isEqualTo("card_************4444.json.gz");
        assertThat(NAMES.mask("exports/536-90-4399/4111111111111111.csv"))
                .isEqualTo("exports/***-**-4399/************1111.csv");
        assertThat(NAMES.mask("C:\\exports\\GB82WEST12345698765432.tsv"))
                .isEqualTo("C:\\exports\\GB****************5432.tsv");
        assertThat(NAMES.mask("s3://bucket/people/jane.doe@example.com/profile.json"))
                .isEqualTo("s3://bucket/people/j*******@*******.com/profile.json");
    }

    @Test
    void masksKeysAndColumnNamesThatAreValues() {
        assertThat(NAMES.mask("536-90-4399")).isEqualTo("***-**-4399");
        assertThat(NAMES.mask("GB82WEST12345698765432")).isEqualTo("GB****************5432");
        assertThat(NAMES.mask("alice@example.com")).isEqualTo("a****@*******.com");
    }

    @Test
    void readsContextInTheNameItself() {
        // Nine bare digits are an SSN only next to SSN context, which the name gives.
        assertThat(NAMES.mask("ssn_536904399.csv")).isEqualTo("ssn_*****4399.csv");
        assertThat(NAMES.mask("order_536904399.csv")).isEqualTo("order_536904399.csv");
        // An extension is no context word: ".zip" is not a postal code next to an SSN.
        assertThat(NAMES.mask("inner/536-90-4399.zip")).isEqualTo("inner/***-**-4399.zip");
    }

    @Test
    void leavesNamesWithoutValuesAlone() {
        for (String name : new String[] {
            "card_number",
            "2024",
            "customer_id",
            "data/2024/05/01/export.csv",
            "report-2024-05-01.csv",
            "backup-2024-05-01T12-30-00Z.tar.gz",
            "IMG_20240501_123456.jpg",
            "invoice-000123456.pdf",
            "v1.2.3.4-build",
            "$['odd key']",
            "-"
        }) {
            assertThat(NAMES.mask(name)).as(name).isEqualTo(name);
        }
        assertThat(NAMES.mask(null)).isNull();
        assertThat(NAMES.mask("")).isEmpty();
    }

    @Test
    void masksEveryLetterAndDigitOfANameTooLongForAWindow() {
        String name = "x".repeat(WindowScanner.CHUNK) + "/4111111111111111.csv";
        String masked = NAMES.mask(name);
        assertThat(masked).hasSameSizeAs(name).doesNotContain("1111").endsWith("/****************.***");
    }

    @Test
    void keepsItsCacheBounded() {
        NameMasker names = Engine.withDefaults().names();
        for (int i = 0; i < NameMasker.MAX_CACHED + 100; i++) {
            assertThat(names.mask("file-" + i + ".csv")).isEqualTo("file-" + i + ".csv");
        }
        assertThat(names.cached()).isLessThanOrEqualTo(NameMasker.MAX_CACHED);
        String longName = "folder/".repeat(NameMasker.MAX_CACHED_LENGTH / 7 + 1) + "4111111111111111";
        int before = names.cached();
        assertThat(names.mask(longName)).endsWith("/************1111");
        assertThat(names.cached()).isEqualTo(before);
    }

    @Test
    void usesTheEngineDetectorsAndThreshold() {
        Engine cardsOnly = Engine.create(EngineConfig.builder()
                .onlyTypes(java.util.Set.of("CREDIT_CARD"))
                .build());
        assertThat(cardsOnly.names().mask("536-90-4399_4111111111111111")).isEqualTo("536-90-4399_************1111");
    }
}
