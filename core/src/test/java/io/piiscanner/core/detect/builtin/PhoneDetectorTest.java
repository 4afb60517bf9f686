package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.validate.Luhn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

    private static final PhoneDetector US = new PhoneDetector();

    private static List<Candidate> candidates(Detector detector, ScanText text) {
        List<Candidate> out = new ArrayList<>();
        detector.find(text, out::add);
        return out;
    }

    private static List<String> found(Detector detector, String text) {
        return candidates(detector, ScanText.of(text)).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static List<String> found(String text) {
        return found(US, text);
    }

    private static List<String> details(String text) {
        return candidates(US, ScanText.of(text)).stream().map(Candidate::detail).toList();
    }

    @Test
    void reportsPhoneThenPhonePlain() {
        assertThat(US.parts()).extracting(Detector::id).containsExactly("phone", "phone-plain");
        assertThat(US.configure(new DetectorSettings(List.of("GB"))).parts())
                .extracting(Detector::id)
                .containsExactly("phone", "phone-plain");
    }

    @Test
    void describesItself() {
        assertThat(US.id()).isEqualTo("phone");
        assertThat(US.type()).isEqualTo(EntityTypes.PHONE_NUMBER);
        assertThat(US.context().required()).isFalse();
        assertThat(US.context().words()).contains("phone", "mobile");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(212) 555-1234",
                "(212)555-1234",
                "212-555-1234",
                "212.555.1234",
                "212 555 1234",
                "+1 212 555 1234",
                "+1-202-555-0123",
                "+1 (212) 555-1234",
                "1-800-555-1234",
                "+12125551234",
                "+44 20 7946 0958",
                "+33 1 23 45 67 89",
                "+49 30 1234567",
                "+49 (0)30 1234567",
                "212 5551234",
                "+44 (0) 20 7946 0958",
                "+91 98765 43210",
                "+55 11 91234-5678",
                "+972 50-234-5678",
                "+44 207 946 0958",
            })
    void findsFormattedNumbers(String number) {
        assertThat(found(number)).containsExactly(number);
        assertThat(found("Tel: " + number + ".")).containsExactly(number);
    }

    @Test
    void reportsExactSpanScoreAndRegion() {
        String text = "Call me at (212) 555-1234 today";
        assertThat(candidates(US, ScanText.of(text))).containsExactly(new Candidate(11, 25, 0.7, "US"));
        assertThat(details("+44 20 7946 0958, +1 416 555 0199")).containsExactly("GB", "CA");
    }

    @Test
    void findsNumbersInCsvFields() {
        assertThat(found("John,212-555-1234,42,\"+1 415 555 2671\""))
                .containsExactly("212-555-1234", "+1 415 555 2671");
    }

    @Test
    void takesAnExtensionIntoTheNumber() {
        String ticket = "Customer says: call me back at 415-867-5309x793, or the front desk "
                + "+1-415-867-5309x565; office (415) 867-5309 ext. 12, fax 415.867.5309 x12 and switchboard "
                + "415 867 5309 #12.";
        assertThat(found(ticket))
                .containsExactly(
                        "415-867-5309x793",
                        "+1-415-867-5309x565",
                        "(415) 867-5309 ext. 12",
                        "415.867.5309 x12",
                        "415 867 5309 #12");
        assertThat(details("Desk 415-867-5309 extension 4410")).containsExactly("US, extension");
        assertThat(US.mask("415-867-5309 ext. 12")).isEqualTo("***-***-5309 ***. **");
    }

    @Test
    void leavesOutWhatOnlyLooksLikeAnExtension() {
        assertThat(found("415-867-5309 x 1024x768")).containsExactly("415-867-5309");
        assertThat(found("415-867-5309x1234567")).isEmpty();
    }

    @Test
    void findsNumbersFollowedByALabel() {
        String vcard = "Sales: 415.867.5309-Fax | 415.867.5310-Office | 415-867-5311-Cell";
        assertThat(found(vcard)).containsExactly("415.867.5309", "415.867.5310", "415-867-5311");
        assertThat(found("415-867-5309-42")).isEmpty();
        assertThat(found("415-867-5309-Faxes")).isEmpty();
    }

    @Test
    void splitsRunsOfSeveralNumbers() {
        assertThat(found("qty 3 212-555-1234")).containsExactly("212-555-1234");
        assertThat(found("212-555-1234 415-555-2671")).containsExactly("212-555-1234", "415-555-2671");
    }

    @Test
    void readsAClusterLongerThanANumberRunByRun() {
        // Cut after twelve groups, the cluster's last run alone would be a grouped US number.
        assertThat(found("0 9643 5 009 877 7 618 731 8594 3361 7808 8268 6 147 888 2354 4063 578 46 6872 5874 73 6 3"
                        + " 806 875 3227"))
                .isEmpty();
        assertThat(found("1 2 3 4 5 6 7 8 9 10 11 12 (212) 555-1234")).isEmpty();
        // A list of numbers that splits wholly, run after run, is a list of numbers.
        assertThat(found("212 555 1234 212 555 1235 212 555 1236 212 555 1237 212 555 1238"))
                .containsExactly("212 555 1234", "212 555 1235", "212 555 1236", "212 555 1237", "212 555 1238");
        assertThat(found("(212) 555-1234 x12 5 times")).containsExactly("(212) 555-1234 x12");
    }

    @Test
    void leavesBareDigitsAndOtherGroupingsToThePlainDetector() {
        assertThat(found("phone 2125551234")).isEmpty();
        assertThat(found("phone 2125 551234")).isEmpty();
        assertThat(found("phone 21255 51234")).isEmpty();
    }

    @Test
    void leavesNationalNumbersOfOtherRegionsToThePlainDetector() {
        assertThat(found("020 7946 0958, 030 123456789, (11) 91234-5678, 98765 43210"))
                .isEmpty();
    }

    @Test
    void rejectsNumbersThatSitSideBySideInLogs() {
        String logs = """
                081109 234325 4246 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_-1608999687919862906 terminating
                081110 103315 20521 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.91.84:50010 is added to blk_5764421282542405591 size 67108864
                03-17 16:15:55.823 23650 23689 V AudioManager: querySoundEffectsEnabled...
                03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 com.tencent.qt.qtl/.activity.info.NewsDetailXmlActivity t761}}}
                2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.23505_none_681aa442f6fed7f0\\cbscore.dll
                Dec 10 06:55:46 LabSZ sshd[24200]: reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed - POSSIBLE BREAK-IN ATTEMPT!
                17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: Registered signal handlers for [TERM, HUP, INT]
                counts: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30
                <path d="M12 2c-4.81,1.84-9.25-1.87-14 0.5 3.2 4.1 7.7 8.8 9.9 10.2 11.3 2 2.2 3 4 5 6"/>
                """;
        assertThat(found(logs)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-03-15",
                "2024-03-15T10:22:33Z",
                "at 2024-03-15 10:22:33 UTC",
                "10:22:33",
                "03/15/2024",
                "192.168.100.200",
                "123-45-6789",
                "$1,234.56",
                "1,234,567.89",
                "12345.678901",
                "version 10.0.19041.1",
                "1.2.3.4.5",
                "550e8400-e29b-41d4-a716-446655440000",
                "1710000000",
                "x212-555-1234",
                "212-555-1234x",
                "ORD-212-555-1234",
                "212-555-1234-99",
                "555-1234",
                "4111 1111 1111 1111",
                "3782 822463 10005",
                "20 7946 0958",
                "2125 551 234",
                "234325 4246",
            })
    void rejectsOtherNumbers(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void rejectsCardNumbersEvenWhereTheyParse() {
        // 15 digits, Luhn-valid: an Amex test number.
        assertThat(Luhn.isValid("378282246310005")).isTrue();
        assertThat(found("3782-822463-10005")).isEmpty();
    }

    @Test
    void rejectsDatesInRegionsWhereTheyWouldParse() {
        Detector de = US.configure(new DetectorSettings(List.of("DE")));
        assertThat(new PhoneRegion("DE").parseValid("2024-03-15")).isNotNull();
        assertThat(found(de, "15.03.2024")).isEmpty();
        assertThat(found(de, "2024-03-15")).isEmpty();
        assertThat(found(de, "030 1234567")).containsExactly("030 1234567");
    }

    @Test
    void readsNationalNumbersOfTheFirstRegionOnTheirOwn() {
        Detector gb = US.configure(DetectorSettings.withFirstRegion("gb"));
        assertThat(found(gb, "020 7946 0958")).containsExactly("020 7946 0958");
        assertThat(found(gb, "20 7946 0958")).as("no trunk prefix").isEmpty();
        assertThat(gb.normalize("020 7946 0958")).isEqualTo("+442079460958");
        assertThat(US.normalize("020 7946 0958")).isEqualTo("+442079460958");
        assertThat(US.configure(DetectorSettings.DEFAULTS)).isSameAs(US);
    }

    @Test
    void libphonenumberLogsNothing() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger library = Logger.getLogger("com.google.i18n.phonenumbers");
        library.addHandler(handler);
        try {
            assertThatThrownBy(() -> new DetectorSettings(List.of("US", "XX")))
                    .hasMessage("'XX' is not a known region; use a two-letter ISO 3166 code such as US, GB or DE");
            Detector all = US.configure(new DetectorSettings(List.of("JP", "RU", "CN", "US", "GB")));
            String text = "+1 212 555 0143 6 +7 495 123-45-67 +86 10 1234 5678 +800 1234 5678 +882 1234 5678 90 "
                    + "+44 20 7946 0958 2 3 03-1234-5678 8 (495) 123-45-67 0800 123 4567 1234 5678 9012";
            found(all, text);
            found(US, text);
            US.plain().find(ScanText.of(text), c -> {});
        } finally {
            library.removeHandler(handler);
        }
        assertThat(records).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void reportsEachNumberInExactlyOneWindow() {
        String text = "qty 3 212-555-1234";
        int split = text.indexOf("212");
        assertThat(candidates(US, new ScanText(text, 0, split))).isEmpty();
        assertThat(candidates(US, new ScanText(text, split, text.length())))
                .containsExactly(new Candidate(split, text.length(), 0.7, "US"));
        String whole = "(212) 555-1234";
        assertThat(candidates(US, new ScanText(whole, 0, 1))).hasSize(1);
        assertThat(candidates(US, new ScanText(whole, 1, whole.length()))).isEmpty();
    }

    @Test
    void masksAllButLastFourDigits() {
        assertThat(US.mask("(212) 555-1234")).isEqualTo("(***) ***-1234");
        assertThat(US.mask("+1 212 555 1234")).isEqualTo("+* *** *** 1234");
        assertThat(US.mask("212-555-1234x793")).isEqualTo("***-***-1234****");
    }

    @Test
    void normalizesToE164() {
        assertThat(US.normalize("(212) 555-1234")).isEqualTo("+12125551234");
        assertThat(US.normalize("+1 212.555.1234")).isEqualTo("+12125551234");
        assertThat(US.normalize("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(US.normalize("212-555-1234 ext. 12")).isEqualTo("+12125551234");
    }

    /** The {@code phone-plain} part: numbers that are phone numbers only next to a label. */
    @Nested
    class Plain {

        private static final Detector PLAIN = US.plain();

        private static List<String> plainFound(String text) {
            return found(PLAIN, text);
        }

        @Test
        void describesItselfAndNeedsContext() {
            assertThat(PLAIN.id()).isEqualTo("phone-plain");
            assertThat(PLAIN.type()).isEqualTo(EntityTypes.PHONE_NUMBER);
            assertThat(PLAIN.context().required()).isTrue();
            assertThat(PLAIN.context().words()).contains("phone", "mobile", "whatsapp", "desk:");
        }

        @Test
        void findsBareValidNumbersWithExactSpan() {
            String text = "phone: 2125551234";
            assertThat(candidates(PLAIN, ScanText.of(text))).containsExactly(new Candidate(7, 17, 0.4, "US"));
            assertThat(plainFound("mobile=12125551234,")).containsExactly("12125551234");
            assertThat(plainFound("2125551234")).containsExactly("2125551234");
            assertThat(plainFound("Desk: 4158675309x12")).containsExactly("4158675309x12");
        }

        @Test
        void findsNationalNumbersOfTheOtherRegionsWithTheirRegion() {
            String text = "London 020 7946 0958, Berlin 030 123456789, São Paulo (11) 91234-5678, Pune 98765 43210";
            assertThat(plainFound(text))
                    .containsExactly("020 7946 0958", "030 123456789", "(11) 91234-5678", "98765 43210");
            assertThat(candidates(PLAIN, ScanText.of(text)))
                    .extracting(Candidate::detail)
                    .containsExactly("GB", "DE", "BR", "IN");
        }

        @Test
        void findsNumbersGroupedOtherwise() {
            assertThat(plainFound("2125 551234")).containsExactly("2125 551234");
            assertThat(plainFound("+44 2079 460958")).containsExactly("+44 2079 460958");
        }

        @Test
        void splitsRunsOfBareNumbersButNotBlocksOfOneLongNumber() {
            assertThat(plainFound("Phones: 2125551234 4155552671 6505550123"))
                    .containsExactly("2125551234", "4155552671", "6505550123");
            assertThat(plainFound("phone, card 4111 1111 1111 1111 or account 0301 2345 6789 0123"))
                    .isEmpty();
        }

        @Test
        void leavesNumbersThatStandOnTheirOwnToThePhoneDetector() {
            assertThat(plainFound("(212) 555-1234, +44 20 7946 0958")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "1710000000",
                    "1710000000123",
                    "21255512345678",
                    "x2125551234",
                    "2125551234x",
                    "2125551234.5",
                    "12:2125551234",
                    "ORD-2125551234",
                    "$2125551234",
                    "555123",
                    "1 2 3 4 5 6 7 8 9 10",
                    "301234567",
                })
        void rejectsOtherDigitRuns(String text) {
            assertThat(plainFound(text)).isEmpty();
        }

        @Test
        void needsTheTrunkPrefixWhereTheRegionWritesOne() {
            Detector de = PLAIN.configure(new DetectorSettings(List.of("US", "DE")));
            assertThat(found(de, "Tel 030 1234567, 0301234567")).containsExactly("030 1234567", "0301234567");
            assertThat(found(de, "Tel 30 1234567, 301234567")).isEmpty();
        }

        @Test
        void rejectsLuhnValidCardLengthRuns() {
            assertThat(Luhn.isValid("4222222222222")).isTrue();
            assertThat(plainFound("4222222222222")).isEmpty();
            // No card starts with 0: the call prefix of a number abroad does.
            assertThat(Luhn.isValid("00442079494914")).isTrue();
            assertThat(plainFound("0044 20 7949 4914")).containsExactly("0044 20 7949 4914");
        }

        @Test
        void takesVerbsForLabelsOnlyRightBeforeTheNumber() throws IOException {
            assertThat(scanned("I'll ring 020 7030 8328 later; Handy: 0176 58617408, Mobil 030 2862269"))
                    .containsExactly("020 7030 8328", "0176 58617408", "030 2862269");
            assertThat(scanned("dial 0044 20 7949 4914 or call 0161 496 0000"))
                    .containsExactly("0044 20 7949 4914", "0161 496 0000");
            assertThat(scanned("ring buffer 020 7030 8328")).isEmpty();
            assertThat(scanned("call took 0161 496 0000 ns")).isEmpty();
        }

        /** The phone numbers the default engine reports in {@code text}, context applied. */
        private static List<String> scanned(String text) throws IOException {
            List<String> out = new ArrayList<>();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Engine.withDefaults()
                    .scan(new InputSource("t", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), f -> {
                        if (f.type().equals(EntityTypes.PHONE_NUMBER)) {
                            out.add(text.substring((int) f.start(), (int) f.end()));
                        }
                    });
            return out;
        }

        @Test
        void readsTheConfiguredRegionsOnly() {
            Detector us = PLAIN.configure(new DetectorSettings(List.of("US")));
            assertThat(found(us, "02079460958")).isEmpty();
            assertThat(plainFound("02079460958")).containsExactly("02079460958");
            assertThat(PLAIN.normalize("02079460958")).isEqualTo("+442079460958");
            assertThat(PLAIN.configure(DetectorSettings.DEFAULTS)).isSameAs(PLAIN);
        }

        @Test
        void masksAndNormalizes() {
            assertThat(PLAIN.mask("2125551234")).isEqualTo("******1234");
            assertThat(PLAIN.normalize("2125551234")).isEqualTo("+12125551234");
        }
    }
}
