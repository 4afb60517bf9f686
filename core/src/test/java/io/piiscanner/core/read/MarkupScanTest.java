package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XML and HTML: values in text and attribute values, at their line and column in the file; markup is not read. */
class MarkupScanTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- exported 2024-05-01 -->
            <statement xmlns:b="urn:bank" id="st-4111111111111112">
              <customer ssn="536-90-4399">
                <name>Jane Doe</name>
                <b:card>4111 1111 1111 1111</b:card>
                <note><![CDATA[call 536-90-4399 back]]></note>
              </customer>
              <account routing="021000021"/>
              <iban>GB82WEST12345698765432</iban>
            </statement>
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html><head><title>Statement</title>
            <script>var card = "5555555555554444";</script></head>
            <body data-4111111111111111="x">
            <p class="ssn-536-90-4399">Card on file: <b>4111 1111 1111 1111</b></p>
            <input name="iban" value='GB82WEST12345698765432'>
            <a href=mailto:jane.doe@example.com>mail</a>
            </body></html>
            """;

    @Test
    void xmlValuesAreNamedByTheirElementPath() {
        Scans.Result result = Scans.scan("statement.xml", utf8(XML));
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN 4:18 field=/statement/customer/@ssn ***-**-4399",
                        "CREDIT_CARD 6:13 field=/statement/customer/b:card **** **** **** 1111",
                        "US_SSN 7:25 field=/statement/customer/note ***-**-4399",
                        "ABA_ROUTING_NUMBER 9:21 field=/statement/account/@routing *****0021",
                        "IBAN_CODE 10:9 field=/statement/iban GB****************5432");
        Finding card = result.findings().get(1);
        assertThat(card.location()).isNull();
        assertThat(XML.substring((int) card.start(), (int) card.end())).isEqualTo("4111 1111 1111 1111");
    }

    @Test
    void htmlTextAndAttributeValuesAreReadButNotTagsOrAttributeNames() {
        Scans.Result result = Scans.scan("statement.html", utf8(HTML));
        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD 3:21 ************4444",
                        "CREDIT_CARD 5:45 **** **** **** 1111",
                        "IBAN_CODE 6:27 field=@value GB****************5432",
                        "EMAIL_ADDRESS 7:16 field=@href j*******@*******.com");
    }

    @Test
    void markupIsRecognisedByContentAndRedactedInPlace() throws IOException {
        assertThat(Scans.scan("export", utf8(XML)).located()).hasSize(5);
        assertThat(Scans.scan("page", utf8(HTML)).located()).hasSize(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> found = new ArrayList<>();
        Engine.withDefaults()
                .redact(
                        new InputSource("statement.xml", () -> new ByteArrayInputStream(utf8(XML)), InputFormat.XML),
                        out,
                        found::add);
        String redacted = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(redacted)
                .contains("<customer ssn=\"***-**-4399\">", "<b:card>**** **** **** 1111</b:card>")
                .doesNotContain("536-90-4399")
                .hasSize(XML.length());
    }
}
