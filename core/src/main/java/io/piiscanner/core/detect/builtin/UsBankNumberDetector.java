package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.validate.Digits;

/**
 * US bank account numbers: 8-17 bare digits. They have no common check digit or layout, so a
 * candidate is kept only with an account label nearby or in its field name, and a placeholder
 * ({@code 00000000}, {@code 1234567812345678}, see {@link Digits#isPlaceholder}) is never
 * reported. A cloud account id ({@code AWS account 123456789012}, {@code accountId}) is not a
 * bank account.
 */
public final class UsBankNumberDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.3;

    public UsBankNumberDetector() {
        super(DetectorDeclaration.detector("us-bank-number", EntityTypes.US_BANK_NUMBER)
                .pattern(MatchPattern.of(NumberBounds.BEFORE + "\\d{8,17}" + NumberBounds.AFTER, BASE_SCORE))
                .inDigitCluster(0, 0)
                .context("account", "acct", "bank account", "account number", "acct#", "dda")
                .contextRequired()
                // Also verbs and adjectives ("Checking iCDP status for DSID 874161398"): labels only.
                .labelWords("checking", "savings")
                // Account ids of cloud providers and internal records are not bank accounts.
                .negative(
                        "routing",
                        "aba",
                        "card",
                        "phone",
                        "order",
                        "invoice",
                        "account id",
                        "aws",
                        "aws account",
                        "arn")
                .validator(raw -> !Digits.isPlaceholder(raw)));
    }
}
