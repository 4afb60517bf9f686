package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Email messages: header fields as fields, body parts and attachments as entries of their own type. */
class EmailScanTest {

    private static final String HTML = """
            <html><body>
            <p>Your statement is ready.</p>
            <table><tr><td class="label">Card</td><td data-card="5555555555554444">ending 4444</td></tr></table>
            <p>Order 4111111111111112 shipped.</p>
            </body></html>
            """;

    private static byte[] statementMail() {
        return Mails.message()
                .from("billing@bank.example")
                .to("jane.doe@example.com")
                .subject("Statement for card 4111 1111 1111 1111 – März")
                .header("X-Ticket", "7731")
                .text("Dear Jane,\nyour SSN 536-90-4399 is on file.\nRegards\n")
                .html(HTML)
                .attach("cards.csv", "text/csv", utf8(ArchiveScanTest.CARDS_CSV))
                .attach(
                        "export.zip",
                        "application/zip",
                        Archives.zip(entries("notes/ticket.txt", ArchiveScanTest.NOTES)))
                .bytes();
    }

    @Test
    void headersBodyPartsAndAttachmentsAreEachLocated() {
        Scans.Result result = Scans.scan("statement.eml", statementMail());
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "EMAIL_ADDRESS part=headers 1:1 field=From b******@****.example",
                        "EMAIL_ADDRESS part=headers 1:1 field=To j*******@*******.com",
                        "CREDIT_CARD part=headers 1:20 field=Subject **** **** **** 1111",
                        "US_SSN entry=part 1.1 2:10 ***-**-4399",
                        "CREDIT_CARD entry=part 1.2 3:54 field=@data-card ************4444",
                        "CREDIT_CARD entry=cards.csv 3:11 field=card_number ************1111",
                        "US_SSN entry=export.zip!/notes/ticket.txt 2:15 ***-**-4399");
        Finding subject = result.findings().get(2);
        assertThat(subject.location()).isEqualTo(Location.part("headers"));
        assertThat(subject.location().piece()).isTrue();
        assertThat(subject.start()).isEqualTo(19);
    }

    @Test
    void anEmailIsRecognisedByItsHeadersWhateverItsName() {
        assertThat(Scans.scan("message.txt", statementMail()).located()).hasSize(7);
        assertThat(Scans.scan("attachment-4111111111111111", statementMail()).located())
                .hasSize(7);
    }

    @Test
    void aForwardedMessageIsReadAsAnEmail() {
        byte[] forwarded = Mails.message()
                .from("ops@bank.example")
                .to("audit@bank.example")
                .subject("Fwd")
                .text("See attached.\n")
                .attach("original.eml", "message/rfc822", statementMail())
                .bytes();
        List<String> located = Scans.scan("fwd.eml", forwarded).located();
        assertThat(located)
                .contains(
                        "CREDIT_CARD entry=original.eml part=headers 1:20 field=Subject **** **** **** 1111",
                        "CREDIT_CARD entry=original.eml!/cards.csv 3:11 field=card_number ************1111");
    }

    @Test
    void preamblesAndEpiloguesAreScannedAsEntriesOfTheirOwn() {
        String mail = """
                Subject: forwarded
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                This is a multi-part message in MIME format. SSN 536-90-4399
                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain

                card 4111 1111 1111 1111
                --inner--
                inner epilogue 536-90-4399
                --outer 	
                Content-Type: text/plain

                --outer is no boundary here, nor is --outerx
                --outer--
                Sent from a phone, SSN 536-90-4399
                """.replace("\n", "\r\n");
        Scans.Result result = Scans.scan("fwd.eml", utf8(mail));
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN entry=preamble 1:50 ***-**-4399",
                        "CREDIT_CARD entry=part 1.1 1:6 **** **** **** 1111",
                        "US_SSN entry=part 1 epilogue 1:16 ***-**-4399",
                        "US_SSN entry=epilogue 1:24 ***-**-4399");
    }

    @Test
    void multipartsNestedTooDeepAreSkippedBelowTheLimit() {
        StringBuilder mail = new StringBuilder("Subject: nested\nMIME-Version: 1.0\n");
        for (int level = 1; level <= EmailReader.MAX_NESTING + 1; level++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b")
                    .append(level)
                    .append("\"\n\n");
            mail.append("SSN 536-90-4399 at level ")
                    .append(level)
                    .append("\n--b")
                    .append(level)
                    .append('\n');
        }
        mail.append("Content-Type: text/plain\n\nnothing\n");
        Scans.Result result = Scans.scan("nested.eml", utf8(mail.toString()));
        assertThat(result.located()).hasSize(EmailReader.MAX_NESTING);
        assertThat(result.outcome().skippedEntries())
                .containsExactly(new ScanOutcome.SkippedEntry(
                        "part 1" + ".1".repeat(EmailReader.MAX_NESTING - 1),
                        "multiparts nested more than " + EmailReader.MAX_NESTING + " deep"));
    }

    @Test
    void thousandsOfHeadersKeepTheirPlaces() {
        Mails.Builder mail = Mails.message().from("a@bank.example").subject("many");
        for (int i = 0; i < 5000; i++) {
            mail.header("X-Trace-" + i, i == 4500 ? "ssn 536-90-4399" : "value " + i);
        }
        Scans.Result result = Scans.scan("many.eml", mail.text("none\n").bytes());
        assertThat(result.located())
                .containsExactly(
                        "EMAIL_ADDRESS part=headers 1:1 field=From a@****.example",
                        "US_SSN part=headers 1:5 field=X-Trace-4500 ***-**-4399");
    }
}
