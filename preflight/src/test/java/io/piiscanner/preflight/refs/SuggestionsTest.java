package io.piiscanner.preflight.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void theFirstDistinctWrongNamesGetASuggestionAndKeepIt() {
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            declared.add("Bucket" + i);
        }
        Suggestions suggestions = new Suggestions(declared);
        for (int i = 0; i < Suggestions.LIMIT; i++) {
            assertThat(suggestions.nearest("bucket" + i)).isEqualTo("Bucket" + i);
        }
        // Past the limit a template full of broken names costs no more comparisons...
        assertThat(suggestions.nearest("bucket999")).isNull();
        // ...and the names already looked up keep their answer.
        assertThat(suggestions.nearest("bucket0")).isEqualTo("Bucket0");
    }
}
