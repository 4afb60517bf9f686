package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML check report in a real browser: the findings by impact as the JSON report counts them,
 * each with its resource, template line and fix, filtered by impact and resource, and nothing
 * fetched. The screenshot goes to {@code target/html-report/}.
 */
class CheckHtmlReportBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The design document's failure, and a bucket and a security group with problems of every impact. */
    private static final String TEMPLATE = CheckCommandTest.FAILING + """
              Bucket:
                Type: AWS::S3::Bucket
              Open:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: admin access
                  SecurityGroupIngress:
                    - CidrIp: 0.0.0.0/0
                      IpProtocol: tcp
                      FromPort: 22
                      ToPort: 22
            """;

    @TempDir
    static Path dir;

    private static Browser browser;
    private static JsonNode check;
    private static String template;

    @BeforeAll
    static void checkTheTemplateAndOpenTheReport() throws IOException {
        browser = Browser.start(dir.resolve("profile"));
        // A name that is markup: the page must show it as text.
        template = Files.writeString(dir.resolve("<b>stack.yaml"), TEMPLATE).toString();
        check = JSON.readTree(Cli.run("check", "--format", "json", template).out());
        Path report = dir.resolve("check.html");
        Cli.Result html = Cli.run("check", "--format", "html", "-o", report.toString(), template);
        assertThat(html.exit()).isEqualTo(ExitStatus.FINDINGS);
        browser.open(report);
        assertThat(browser.requests()).containsExactly(report.toUri().toString());
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theChartCountsTheFindingsByImpactAsTheJsonReportDoes() {
        Map<String, Long> expected = new LinkedHashMap<>();
        check.get("summary").properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                String impact = e.getKey();
                String label = impact.substring(0, 1).toUpperCase(Locale.ROOT) + impact.substring(1);
                expected.put(label, e.getValue().asLong());
            }
        });
        assertThat(expected.values()).allSatisfy(n -> assertThat(n).isPositive());
        Map<String, Long> bars = new LinkedHashMap<>();
        for (WebElement g : browser.findAll("#chart-impact g.bar")) {
            bars.put(
                    g.findElement(By.cssSelector("text.label")).getDomProperty("textContent"),
                    Long.parseLong(g.findElement(By.cssSelector("text.value")).getDomProperty("textContent")));
        }
        assertThat(bars).containsExactlyEntriesOf(expected);
        browser.screenshot(Path.of("target", "html-report", "check.png"));
    }

    @Test
    void eachFindingShowsItsResourceTemplateLineAndFixMostSevereFirst() {
        List<String> expected = new ArrayList<>();
        for (String impact : List.of("Critical", "High", "Medium", "Low")) {
            for (JsonNode f : check.get("templates").get(0).get("findings")) {
                if (f.get("impact").asText().equals(impact)) {
                    expected.add(impact + " | " + template + ":" + f.get("line") + ":" + f.get("column") + " | "
                            + f.get("resource").asText() + " ("
                            + f.get("resourceType").asText() + ") | "
                            + f.get("rule").asText() + " | " + f.get("fix").asText());
                }
            }
        }
        assertThat(rows()).containsExactlyElementsOf(expected);
        assertThat(browser.findAll("#findings b"))
                .as("a template name is shown as text")
                .isEmpty();
    }

    @Test
    void theTableFiltersByImpactAndResource() {
        browser.find("select[data-filter=impact] option[value=High]").click();
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("High | "));
        long high = check.get("summary").get("high").asLong();
        assertThat(rows()).hasSize((int) high);

        browser.find("input[data-filter=resource]").sendKeys("securitygroup");
        assertThat(rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).startsWith("High | ").contains("Open (AWS::EC2::SecurityGroup)"));

        browser.find("select[data-filter=impact] option[value='']").click();
        browser.find("input[data-filter=resource]").clear();
        assertThat(rows()).hasSize(check.get("templates").get(0).get("findings").size());
    }

    /** The visible rows: impact, location, resource, rule and fix. */
    @SuppressWarnings("unchecked")
    private static List<String> rows() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#findings tbody tr'))"
                + ".filter(r => r.getClientRects().length > 0)"
                + ".map(r => [0, 1, 2, 3, 5].map(i => r.cells[i].textContent).join(' | '));");
    }
}
