package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds AWS secret access keys: exactly 40 characters of {@code [A-Za-z0-9/+]} mixing digits,
 * lower and upper case. Such a string has no structure to validate, so it is only reported next
 * to a word such as {@code aws_secret_access_key}, or after {@code secret} written as its label
 * ({@code key_id=AKIA... secret=...}, {@code / secret ...}); 40 hex digits (SHA-1 digests, git
 * commits) are never reported.
 */
public final class AwsSecretKeyDetector extends RegexDetector {

    private static final double SCORE = 0.5;
    private static final int SHOWN_SUFFIX = 4;
    /** Not inside a longer base64 run; a trailing '=' would make it base64 padding. */
    private static final Pattern PATTERN = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

    private static final ContextRule CONTEXT = ContextRule.requiring(
                    "aws_secret_access_key",
                    "secret_access_key",
                    "aws secret",
                    "secretaccesskey",
                    "secret access key",
                    "secret key",
                    "aws_secret")
            // Also an adjective ("kept secret until the release"): a label only right before the key or before ':'/'='.
            .withLabelWords("secret");

    public AwsSecretKeyDetector() {
        super(PATTERN, Gate.runs(CharClass.BASE64, 40, 40), MatchStart.of(CharClass.BASE64, CharClass.BASE64));
    }

    @Override
    public String id() {
        return "aws-secret-key";
    }

    @Override
    public String type() {
        return EntityTypes.AWS_SECRET_KEY;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        String s = text.text();
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean hexOnly = true;
        for (int i = match.start(); i < match.end(); i++) {
            char c = s.charAt(i);
            digit |= c >= '0' && c <= '9';
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            hexOnly &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return digit && lower && upper && !hexOnly ? new Candidate(match.start(), match.end(), SCORE) : null;
    }

    /** Masks every character, including '/' and '+', but the last four. */
    @Override
    public String mask(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            out.append(i < raw.length() - SHOWN_SUFFIX ? Masks.MASK : raw.charAt(i));
        }
        return out.toString();
    }

    /** The key as written: it is case-sensitive and its '/' and '+' are significant. */
    @Override
    public String normalize(CharSequence raw) {
        return raw.toString();
    }
}
