package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.Digits;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US bank account numbers: 8-17 bare digits. They have no common check digit or layout, so a
 * candidate is kept only with an account label nearby or in its field name, and a placeholder
 * ({@code 00000000}, {@code 1234567812345678}, see {@link Digits#isPlaceholder}) is never
 * reported. A cloud account id
 * ({@code AWS account 123456789012}, {@code accountId}) is not a bank account.
 */
public final class UsBankNumberDetector extends RegexDetector {

    static final double BASE_SCORE = 0.3;

    private static final Pattern PATTERN = Pattern.compile(NumberBounds.BEFORE + "\\d{8,17}" + NumberBounds.AFTER);

    private static final ContextRule CONTEXT = ContextRule.requiring(
                    "account", "acct", "bank account", "account number", "acct#", "dda")
            // Also verbs and adjectives ("Checking iCDP status for DSID 874161398"): labels only.
            .withLabelWords("checking", "savings")
            // Account ids of cloud providers and internal records are not bank accounts.
            .penalizedBy(
                    "routing", "aba", "card", "phone", "order", "invoice", "account id", "aws", "aws account", "arn");

    public UsBankNumberDetector() {
        super(
                PATTERN,
                Gate.digits(8, 0, 0),
                NumberBounds.START
                        .leadingDigits(8, 17)
                        .where((s, i, to) ->
                                NumberBounds.digitRun(s, i, to) >= 8 && NumberBounds.digitRun(s, i, to) <= 17));
    }

    @Override
    public String id() {
        return "us-bank-number";
    }

    @Override
    public String type() {
        return EntityTypes.US_BANK_NUMBER;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return Digits.isPlaceholder(match.group()) ? null : new Candidate(match.start(), match.end(), BASE_SCORE);
    }
}
