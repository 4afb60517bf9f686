package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.format.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void stripsLabelsAndGivesUtf8ByteSpansOfTheirValues() {
        Document doc = Markup.parse(
                "sentences/x.txt", "x.txt", "Müller: ⟦PHONE +49 30 23893796⟧, ⟦EMAIL m@example.de⟧\nno label here\n");

        assertThat(new String(doc.content(), StandardCharsets.UTF_8))
                .isEqualTo("Müller: +49 30 23893796, m@example.de\nno label here\n");
        assertThat(doc.planted())
                .extracting(Planted::type, Planted::start, Planted::end, Planted::text)
                .containsExactly(
                        tuple(EntityTypes.PHONE_NUMBER, 9L, 24L, "+49 30 23893796"),
                        tuple(EntityTypes.EMAIL_ADDRESS, 26L, 38L, "m@example.de"));
        assertThat(doc.planted())
                .allSatisfy(p -> assertThat(doc.excerpt(p.start(), p.end())).isEqualTo(p.text()));
        assertThat(doc.planted()).extracting(Planted::variant).containsOnly("x.txt");
    }

    @Test
    void formatFollowsTheFileName() {
        assertThat(Markup.parse("logs/a.log", "a.log", "x").format()).isEqualTo(InputFormat.TEXT);
        assertThat(Markup.parse("docs/a.csv", "a.csv", "h\nx\n").format()).isEqualTo(InputFormat.CSV);
    }

    @Test
    void malformedLabelsAreErrorsNamingFileAndLine() {
        assertThatThrownBy(() -> Markup.parse("a.txt", "a.txt", "ok\n⟦FOO 1⟧"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a.txt:2: a label is");
        assertThatThrownBy(() -> Markup.parse("a.txt", "a.txt", "⟦IP 10.0.0.1 ⟦IP 10.0.0.2⟧"))
                .hasMessageStartingWith("a.txt:1: label not closed");
        assertThatThrownBy(() -> Markup.parse("a.txt", "a.txt", "\n\n10.0.0.1⟧"))
                .hasMessageStartingWith("a.txt:3: '⟧'");
        assertThatThrownBy(() -> Markup.parse("a.txt", "a.txt", "⟦IP ⟧")).hasMessageContaining("one line of text");
    }
}
