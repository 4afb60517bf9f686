package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;

/**
 * Finds AWS secret access keys: exactly 40 characters of {@code [A-Za-z0-9/+]} mixing digits,
 * lower and upper case. Such a string has no structure to validate, so it is only reported next
 * to a word such as {@code aws_secret_access_key}, or after {@code secret} written as its label
 * ({@code key_id=AKIA... secret=...}, {@code / secret ...}); 40 hex digits (SHA-1 digests, git
 * commits) are never reported.
 */
public final class AwsSecretKeyDetector extends DeclaredDetector {

    private static final double SCORE = 0.5;
    private static final int SHOWN_SUFFIX = 4;

    public AwsSecretKeyDetector() {
        super(DetectorDeclaration.detector("aws-secret-key", EntityTypes.AWS_SECRET_KEY)
                // Not inside a longer base64 run; a trailing '=' would make it base64 padding.
                .pattern(MatchPattern.of("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])", SCORE))
                .inRunOf(CharClass.BASE64)
                .context(
                        "aws_secret_access_key",
                        "secret_access_key",
                        "aws secret",
                        "secretaccesskey",
                        "secret access key",
                        "secret key",
                        "aws_secret")
                .contextRequired()
                // Also an adjective ("kept secret until the release"): a label only right before the key or before
                // ':'/'='.
                .labelWords("secret")
                .validator(AwsSecretKeyDetector::mixesCases)
                .mask(AwsSecretKeyDetector::keepLastFour)
                // The key as written: it is case-sensitive and its '/' and '+' are significant.
                .normalize(CharSequence::toString));
    }

    /** Digits, lower and upper case, and not only hex digits. */
    private static boolean mixesCases(String key) {
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean hexOnly = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            digit |= c >= '0' && c <= '9';
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            hexOnly &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return digit && lower && upper && !hexOnly;
    }

    /** Masks every character, including '/' and '+', but the last four. */
    private static String keepLastFour(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            out.append(i < raw.length() - SHOWN_SUFFIX ? Masks.MASK : raw.charAt(i));
        }
        return out.toString();
    }
}
