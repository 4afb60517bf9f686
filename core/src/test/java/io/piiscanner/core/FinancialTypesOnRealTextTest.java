package io.piiscanner.core;

import static io.piiscanner.core.detect.EntityTypes.ABA_ROUTING_NUMBER;
import static io.piiscanner.core.detect.EntityTypes.CREDIT_CARD;
import static io.piiscanner.core.detect.EntityTypes.US_BANK_NUMBER;
import static io.piiscanner.core.detect.EntityTypes.US_DRIVER_LICENSE;
import static io.piiscanner.core.detect.EntityTypes.US_ITIN;
import static io.piiscanner.core.detect.EntityTypes.US_PASSPORT;
import static io.piiscanner.core.detect.EntityTypes.US_SSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cards, SSNs, bank numbers and licences in text of the kinds people scan (support tickets, log
 * lines, CSV exports), through the whole engine with its default settings: what issue 14 saw go
 * wrong, and the ordinary log and code lines that must stay quiet.
 */
class FinancialTypesOnRealTextTest {

    /** The types whose findings in logs and code must stay below 0.1 per megabyte (phones aside). */
    private static final Set<String> FINANCIAL =
            Set.of(CREDIT_CARD, US_SSN, US_ITIN, ABA_ROUTING_NUMBER, US_BANK_NUMBER, US_PASSPORT, US_DRIVER_LICENSE);

    private static final List<String> DECOYS = List.of(
            "hdfs.log",
            "spark.log",
            "windows-cbs.log",
            "android-logcat.log",
            "sshd.log",
            "zookeeper.log",
            "apache.log",
            "app.log",
            "cloudtrail.json",
            "RateLimiter.java",
            "retention.py");

    private final Engine engine = Engine.withDefaults();

    @Test
    void reportsEachOfTwoGroupedCardsSeparatedByASpace() {
        String ticket = "Hi, I have two cards on file, 4111-1111-1111-1111 5555-5555-5555-4444, please remove the "
                + "first one.\n";
        assertThat(found(ticket, CREDIT_CARD)).containsExactly("4111-1111-1111-1111", "5555-5555-5555-4444");
        String csv = "customer_id,payment_methods\n18821,4111 1111 1111 1111 5555 5555 5555 4444\n";
        assertThat(found(csv, InputFormat.CSV, CREDIT_CARD))
                .containsExactly("4111 1111 1111 1111", "5555 5555 5555 4444");
    }

    @Test
    void reportsEveryCardOfALineOfOneHundredAndEightyThousand() {
        int cards = 180_000;
        byte[] line = "4111-1111-1111-1111 ".repeat(cards).getBytes(StandardCharsets.US_ASCII);
        // Cards only: the line spans several windows, which is what this is about.
        Engine cardsOnly = Engine.create(
                EngineConfig.builder().onlyTypes(Set.of(CREDIT_CARD)).build());
        List<Finding> findings = scan(cardsOnly, "cards.txt", InputFormat.TEXT, line);
        assertThat(findings)
                .hasSize(cards)
                .allMatch(f -> f.type().equals(CREDIT_CARD) && f.masked().equals("****-****-****-1111"));
    }

    @Test
    void knowsFifteenDigitJcbAndTwelveDigitMaestroWithCardContext() {
        assertThat(found("Charge declined on JCB 2131 000000 00001, exp 09/27.\n", CREDIT_CARD))
                .containsExactly("2131 000000 00001");
        assertThat(found("JCB card 180000000000002 was declined\n", CREDIT_CARD))
                .containsExactly("180000000000002");
        assertThat(found("Paid with my Maestro card 5018 0000 0009 at the kiosk.\n", CREDIT_CARD))
                .containsExactly("5018 0000 0009");
        assertThat(found("2024-03-11 09:14:22 INFO batch 501800000009 committed in 41 ms\n", CREDIT_CARD))
                .isEmpty();
    }

    @Test
    void needsContextForNumbersSeparatedBySpacesThatLookLikeAnSsn() {
        assertThat(found("Please ship to Suite 680 36 4022 Oakridge Lane, Springfield, IL 62704.\n", US_SSN))
                .isEmpty();
        assertThat(found("My SSN is 536 90 4399 as on the W-9.\n", US_SSN)).containsExactly("536 90 4399");
        assertThat(found("Employee 536-90-4399 started on Monday.\n", US_SSN)).containsExactly("536-90-4399");
        assertThat(found("ITIN 912 70 1234, filing jointly\n", US_ITIN)).containsExactly("912 70 1234");
        assertThat(found("Unit 912 70 1234 Elm Street\n", US_ITIN)).isEmpty();
    }

    @Test
    void takesAVerbForNoLabel() {
        String log = """
                2024-03-11T09:14:22.318Z INFO  [payments-worker-7] c.a.p.ReconciliationJob - Checking iCDP status for DSID 874161398
                2024-03-11T09:14:22.402Z INFO  [payments-worker-7] c.a.r.ShardRouter - Routing request 021000021 to shard 7
                2024-03-11T09:14:23.015Z INFO  [payments-worker-2] c.a.p.PassportAuth - passport session restored for user 719646800
                """;
        assertThat(scan(log)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Checking: 874161398",
                "my checking account 874161398 was overdrawn",
                "acct no 874161398",
                "Savings # 874161398",
                "Please wire it to checking_account=874161398"
            })
    void takesWordsWrittenAsLabels(String sentence) {
        assertThat(found(sentence + "\n", US_BANK_NUMBER)).containsExactly("874161398");
    }

    @Test
    void takesColumnNamesAsLabels() {
        String csv = "name,account_number,routing_number,checking\nAda,874161398,021000021,29585032\n";
        assertThat(scan("accounts.csv", InputFormat.CSV, csv.getBytes(StandardCharsets.US_ASCII)))
                .extracting(Finding::field, Finding::type)
                .containsExactly(
                        tuple("account_number", US_BANK_NUMBER),
                        tuple("routing_number", ABA_ROUTING_NUMBER),
                        tuple("checking", US_BANK_NUMBER));
        assertThat(found("bank routing number: 021000021\n", ABA_ROUTING_NUMBER))
                .containsExactly("021000021");
    }

    @Test
    void doesNotTakeCloudAccountIdsForBankAccounts() {
        String log = "2024-03-11T09:14:22Z WARN AWS account 123456789012 is not authorized to perform: sts:AssumeRole\n"
                + "{\"recipientAccountId\": \"123456789012\", \"account_id\": \"123456789012\"}\n";
        assertThat(found(log, US_BANK_NUMBER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my driver's license number is 1234-56-1551",
                "My driver\u2019s licence: D1234567",
                "Driving licence no. 1234-56-1551"
            })
    void findsDriverLicenses(String sentence) {
        assertThat(found(sentence + "\n", US_DRIVER_LICENSE)).hasSize(1);
    }

    @Test
    void findsNothingFinancialInLogsAndCode() throws IOException {
        long bytes = 0;
        List<String> found = new ArrayList<>();
        for (String name : DECOYS) {
            byte[] content;
            try (InputStream in = getClass().getResourceAsStream("/decoys/" + name)) {
                assertThat(in).as(name).isNotNull();
                content = in.readAllBytes();
            }
            bytes += content.length;
            scan(name, InputFormat.fromName(name), content).stream()
                    .filter(f -> FINANCIAL.contains(f.type()))
                    .forEach(f -> found.add(name + ":" + f.line() + " " + f.type() + " " + f.masked()));
        }
        assertThat(bytes).as("decoy bytes").isGreaterThan(1_000_000);
        assertThat(found).isEmpty();
    }

    private List<String> found(String text, String type) {
        return found(text, InputFormat.TEXT, type);
    }

    private List<String> found(String text, InputFormat format, String type) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return scan("input", format, bytes).stream()
                .filter(f -> f.type().equals(type))
                .map(f -> new String(bytes, (int) f.start(), (int) (f.end() - f.start()), StandardCharsets.UTF_8))
                .toList();
    }

    private List<Finding> scan(String text) {
        return scan("input", InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(f -> FINANCIAL.contains(f.type()))
                .toList();
    }

    private List<Finding> scan(String name, InputFormat format, byte[] content) {
        return scan(engine, name, format, content);
    }

    private static List<Finding> scan(Engine engine, String name, InputFormat format, byte[] content) {
        List<Finding> findings = new ArrayList<>();
        try {
            engine.scan(new InputSource(name, () -> new ByteArrayInputStream(content), format), findings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }
}
