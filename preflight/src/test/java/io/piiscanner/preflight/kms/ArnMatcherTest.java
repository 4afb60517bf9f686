package io.piiscanner.preflight.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.template.Symbolic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArnMatcherTest {

    private static final Symbolic LOG_GROUP = new Symbolic(List.of(
            new Symbolic.Text("arn:"),
            new Symbolic.Pseudo("AWS::Partition"),
            new Symbolic.Text(":logs:"),
            new Symbolic.Pseudo("AWS::Region"),
            new Symbolic.Text(":"),
            new Symbolic.Pseudo("AWS::AccountId"),
            new Symbolic.Text(":log-group:/app/api")));

    private static Symbolic text(String s) {
        return new Symbolic(List.of(new Symbolic.Text(s)));
    }

    @Test
    void literalValuesStandInForPseudoParameters() {
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:us-east-1:111122223333:log-group:*"), true, LOG_GROUP))
                .isTrue();
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:*:*:*"), true, LOG_GROUP))
                .isTrue();
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:us-east-1:111122223333:log-group:/app/api"), true, LOG_GROUP))
                .isTrue();
    }

    @Test
    void aDifferentServiceOrNameCannotMatch() {
        assertThat(ArnMatcher.mayMatch(text("arn:aws:s3:::*"), true, LOG_GROUP)).isFalse();
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:us-east-1:111122223333:log-group:/other"), true, LOG_GROUP))
                .isFalse();
        // A region cannot contain a colon, so one pseudo parameter cannot swallow two ARN fields.
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:us-east-1:log-group:/app/api"), true, LOG_GROUP))
                .isFalse();
    }

    @Test
    void pseudoParametersMatchTheirOwnKind() {
        Symbolic pattern = new Symbolic(List.of(
                new Symbolic.Text("arn:aws:logs:"),
                new Symbolic.Pseudo("AWS::Region"),
                new Symbolic.Text(":"),
                new Symbolic.Pseudo("AWS::AccountId"),
                new Symbolic.Text(":log-group:/app/*")));
        assertThat(ArnMatcher.mayMatch(pattern, true, LOG_GROUP)).isTrue();
        Symbolic swapped = new Symbolic(List.of(
                new Symbolic.Text("arn:aws:logs:"),
                new Symbolic.Pseudo("AWS::AccountId"),
                new Symbolic.Text(":"),
                new Symbolic.Pseudo("AWS::Region"),
                new Symbolic.Text(":log-group:/app/*")));
        assertThat(ArnMatcher.mayMatch(swapped, true, LOG_GROUP)).isFalse();
    }

    @Test
    void anUnknownLogGroupNameMatchesAnyName() {
        Symbolic generated =
                new Symbolic(List.of(new Symbolic.Text("arn:aws:logs:r:1:log-group:"), new Symbolic.Unknown()));
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:r:1:log-group:/exact/name"), false, generated))
                .isTrue();
        assertThat(ArnMatcher.mayMatch(text("arn:aws:logs:r:2:log-group:/exact/name"), false, generated))
                .isFalse();
    }

    @Test
    void aPatternLongerThanAnyArnMayMatchWithoutBeingCompared() {
        // Compared, a 100,000-character pattern would take a memo of 100,000 x 60 x 3 entries and recurse as deep.
        assertThat(ArnMatcher.mayMatch(text("arn:aws:s3:::" + "x".repeat(100_000)), true, LOG_GROUP))
                .isTrue();
        assertThat(ArnMatcher.mayMatch(text("arn:aws:s3:::" + "x".repeat(900)), true, LOG_GROUP))
                .isFalse();
    }
}
