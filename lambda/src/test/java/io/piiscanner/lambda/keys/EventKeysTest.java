package io.piiscanner.lambda.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventKeysTest {

    @Test
    void decodesKeysAsS3EncodesThem() {
        assertThat(EventKeys.decode("exports/customers.csv")).isEqualTo("exports/customers.csv");
        assertThat(EventKeys.decode("my+file.txt")).isEqualTo("my file.txt");
        assertThat(EventKeys.decode("a%2Bb.txt")).isEqualTo("a+b.txt");
        assertThat(EventKeys.decode("M%C3%A4rz/%E6%97%A5%E6%9C%AC.csv")).isEqualTo("März/日本.csv");
        assertThat(EventKeys.decode("100%25+done%3F.txt")).isEqualTo("100% done?.txt");
    }

    @Test
    void aMalformedEscapeIsAnError() {
        assertThatThrownBy(() -> EventKeys.decode("bad%zz.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed URL encoding in object key");
        assertThatThrownBy(() -> EventKeys.decode("cut%2")).isInstanceOf(IllegalArgumentException.class);
    }
}
