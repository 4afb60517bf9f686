package io.piiscanner.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What a message for a person (an error, a skip or failure reason) must look like: one line that
 * says what is wrong, never an exception's own text or trace, which quotes Java names the person
 * cannot act on and, often, the input itself.
 */
public final class UserMessages {

    /** Text that means an exception's message, name or trace reached the person. */
    public static final List<String> INTERNALS = List.of(
            "io.piiscanner.",
            "java.",
            "javax.",
            "com.fasterxml.",
            "org.snakeyaml.",
            "org.yaml.",
            "com.google.",
            "software.amazon.",
            "Exception",
            "Error",
            "\tat ");

    private UserMessages() {}

    /** Asserts that a message is one line, not blank, and quotes none of the {@link #INTERNALS}. */
    public static void assertOneLine(String message) {
        assertThat(message).as("a message for a person").isNotBlank().doesNotContain("\n", "\r");
        for (String internal : INTERNALS) {
            assertThat(message).as("a message for a person").doesNotContain(internal);
        }
    }
}
