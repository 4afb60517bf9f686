package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.scan.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealisticScoresTest {

    private static Finding finding(String type, long start, long end) {
        return new Finding("doc", type, start, end, 1, start + 1, 0.9, "***", "test", null, null, null);
    }

    @Test
    void scoresEachPartAndCountsFalseNumberFindingsPerMegabyteOfLogsAndCode() {
        Document sentences =
                Markup.parse("sentences/s.txt", "s.txt", "call ⟦PHONE 415-555-0148⟧ or ⟦PHONE 415-555-0199⟧\n");
        String log = "x".repeat(499_950) + " ⟦IP 10.0.0.1⟧ 081109 203615 148 INFO\n";
        Document logs = Markup.parse("logs/l.log", "l.log", log);
        RealisticScores scores = new RealisticScores(3);

        scores.add(sentences, List.of(finding(EntityTypes.PHONE_NUMBER, 5, 17), finding(EntityTypes.US_SSN, 21, 33)));
        long ip = logs.planted().get(0).start();
        scores.add(
                logs,
                List.of(
                        finding(EntityTypes.IP_ADDRESS, ip, ip + 8),
                        finding(EntityTypes.PHONE_NUMBER, ip + 9, ip + 22),
                        finding(EntityTypes.IP_ADDRESS, ip + 9, ip + 15)));

        TypeScore phones = scores.sentences().get(EntityTypes.PHONE_NUMBER);
        assertThat(phones.planted()).isEqualTo(2);
        assertThat(phones.recall()).isEqualTo(0.5);
        assertThat(scores.sentences().get(EntityTypes.US_SSN).precision()).isZero();
        assertThat(scores.logsAndCodeBytes()).isEqualTo(logs.content().length);
        assertThat(scores.falseFindingsInLogsAndCode(RealisticScores.NUMBER_TYPES))
                .isEqualTo(1);
        assertThat(scores.falseFindingsPerMb(RealisticScores.NUMBER_TYPES)).isCloseTo(2.0, offset(0.01));
        TypeScore ips = scores.overall(EntityTypes.IP_ADDRESS);
        assertThat(ips.planted()).isEqualTo(1);
        assertThat(ips.findings()).isEqualTo(2);
        assertThat(ips.precision()).isEqualTo(0.5);
    }

    @Test
    void markdownHasARowPerTypeAndTheSummary() {
        RealisticScores scores = new RealisticScores(1);
        Document doc = Markup.parse("sentences/s.txt", "s.txt", "⟦EMAIL a@example.com⟧\n");
        scores.add(doc, List.of(finding(EntityTypes.EMAIL_ADDRESS, 0, 13)));

        String table = scores.markdown();

        assertThat(table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Type") && !l.startsWith("| ---")))
                .hasSize(RealisticScores.TYPES.size());
        assertThat(table)
                .contains("| EMAIL_ADDRESS | 1 | 100.0% | 100.0% | 0 | - | - | 0 | 0.0 |")
                .contains("EMAIL_ADDRESS precision 100.0% (1 findings)");
    }
}
