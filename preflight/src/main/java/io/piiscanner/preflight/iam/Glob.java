package io.piiscanner.preflight.iam;

import java.util.Locale;

/** IAM wildcard matching: {@code *} any run of characters, {@code ?} any one. */
public final class Glob {

    private Glob() {}

    /** Whether {@code value} matches {@code pattern}, ignoring case (as IAM does for actions). */
    public static boolean matchesIgnoreCase(String pattern, String value) {
        return matches(pattern.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code value} matches {@code pattern}. */
    public static boolean matches(String pattern, String value) {
        int p = 0;
        int v = 0;
        int star = -1;
        int mark = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
