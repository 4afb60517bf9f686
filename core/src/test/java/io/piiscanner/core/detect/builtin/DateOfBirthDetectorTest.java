package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthDetectorTest {

    private static final DateOfBirthDetector DETECTOR = new DateOfBirthDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(DETECTOR.id()).isEqualTo("date-of-birth");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.DATE_OF_BIRTH);
        assertThat(DETECTOR.context().required()).isTrue();
        assertThat(DETECTOR.context().words()).contains("dob", "date of birth", "born");
    }

    @Test
    void reportsExactSpanAndScore() {
        assertThat(candidates("DOB: 1984-03-05, ok")).containsExactly(new Candidate(5, 15, 0.4));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1984-03-05|1984-03-05",
                "1984/03/05|1984-03-05",
                "03/05/1984|1984-03-05",
                "3/5/1984|1984-03-05",
                "12/31/1984|1984-12-31",
                "31/12/1984|1984-12-31",
                "05.03.1984|1984-03-05",
                "05-03-1984|1984-05-03",
                "March 5, 1984|1984-03-05",
                "Mar. 5 1984|1984-03-05",
                "march 5th, 1984|1984-03-05",
                "Sept 30, 1999|1999-09-30",
                "5 Mar 1984|1984-03-05",
                "5th of March 1984|1984-03-05",
                "05-MAR-1984|1984-03-05",
                "29 February 1984|1984-02-29",
                "1900-01-01|1900-01-01",
            })
    void findsRealDatesAndNormalizesToIso(String date, String iso) {
        assertThat(found(date)).containsExactly(date);
        assertThat(found("born " + date + ".")).containsExactly(date);
        assertThat(found("\"dob\":\"" + date + "\"")).containsExactly(date);
        assertThat(DETECTOR.normalize(date)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1984-02-30",
                "29 February 1985",
                "13/13/1984",
                "1984-13-01",
                "1984-00-10",
                "00/10/1984",
                "1899-12-31",
                "2999-01-01",
                "2024-03-15T10:22:33Z",
                "2024-03-15 10:22:33",
                "2024-03-15 9:05",
                "v1984-03-05",
                "11984-03-05",
                "1984-03-055",
                "1984-03-05-01",
                "1.05.03.1984",
                "1984-03/05",
                "Marc 5, 1984",
                "Smarch 5, 1984",
            })
    void rejectsNonDates(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void rejectsDatesInTheFuture() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(found(tomorrow.toString())).isEmpty();
        assertThat(found(today.minusYears(1).toString())).hasSize(1);
    }

    @Test
    void masksEverything() {
        assertThat(DETECTOR.mask("1984-03-05")).isEqualTo("****-**-**");
        assertThat(DETECTOR.mask("March 5, 1984")).isEqualTo("***** *, ****");
    }
}
