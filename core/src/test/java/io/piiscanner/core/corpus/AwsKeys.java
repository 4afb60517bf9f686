package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.Locale;

/** AWS access key ids and secret access keys, the credentials most often leaked into logs. */
final class AwsKeys {

    /** Key ids use base32 upper-case letters and digits 2-7. */
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Dice dice;

    AwsKeys(Dice dice) {
        this.dice = dice;
    }

    /** A long-term (AKIA) or temporary (ASIA) access key id: prefix and 16 base32 characters. */
    Value accessKey() {
        String prefix = dice.chance(0.8) ? "AKIA" : "ASIA";
        return new Value(EntityTypes.AWS_ACCESS_KEY, prefix + dice.chars(BASE32, 16), prefix.toLowerCase(Locale.ROOT));
    }

    /** A 40-character secret access key. */
    Value secretKey() {
        return new Value(EntityTypes.AWS_SECRET_KEY, dice.chars(BASE64, 40), "secret");
    }

    /** AKIA followed by too few or too many characters: a truncated or padded token, not a key id. */
    String wrongLength() {
        int n = dice.chance(0.5) ? dice.between(10, 14) : dice.between(18, 24);
        return "AKIA" + dice.chars(BASE32, n);
    }
}
