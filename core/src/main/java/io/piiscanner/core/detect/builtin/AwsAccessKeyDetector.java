package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;

/**
 * Finds AWS access key ids: a four-letter prefix naming the kind of credential followed by 16
 * base32 characters ({@code AKIAIOSFODNN7EXAMPLE}). Long-term ({@code AKIA}) and temporary
 * ({@code ASIA}) access keys score highest, the ids of STS service bearer tokens ({@code ABIA})
 * and context-specific credentials ({@code ACCA}) less. The other unique-id prefixes of IAM
 * ({@code AIDA} users, {@code AROA} roles, {@code AGPA} groups, {@code AIPA} instance profiles,
 * {@code ANPA}/{@code ANVA} policies, {@code APKA} public keys, {@code ASCA} certificates) name
 * resources, not credentials, and fill every CloudTrail record: they are not reported.
 */
public final class AwsAccessKeyDetector extends DeclaredDetector {

    private static final double ACCESS_KEY_SCORE = 0.95;
    private static final double OTHER_CREDENTIAL_SCORE = 0.8;
    private static final int PREFIX = 4;
    private static final int SHOWN_SUFFIX = 4;

    public AwsAccessKeyDetector() {
        super(DetectorDeclaration.detector("aws-access-key", EntityTypes.AWS_ACCESS_KEY)
                .pattern(MatchPattern.of(
                        "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])", ACCESS_KEY_SCORE))
                .inRunOf(CharClass.ALNUM)
                .context("aws", "access key", "access_key", "accesskeyid", "key id", "key_id")
                .evaluator((text, match, score) -> {
                    String prefix = text.text().substring(match.start(), match.start() + PREFIX);
                    boolean accessKey = prefix.equals("AKIA") || prefix.equals("ASIA");
                    return new Candidate(
                            match.start(), match.end(), accessKey ? score : OTHER_CREDENTIAL_SCORE, prefix);
                })
                .mask(AwsAccessKeyDetector::keepPrefixAndLastFour));
    }

    /** Keeps the prefix, which names the credential kind, and the last four: {@code AKIA************MPLE}. */
    private static String keepPrefixAndLastFour(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            boolean keep = i < PREFIX || i >= raw.length() - SHOWN_SUFFIX;
            out.append(keep ? raw.charAt(i) : Masks.MASK);
        }
        return out.toString();
    }
}
