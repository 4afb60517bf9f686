package io.piiscanner.core.format;

import java.util.function.UnaryOperator;

/** How a locator shows a name it cut at its length limit. */
final class CutNames {

    private CutNames() {}

    /**
     * The cut name, masked, and {@code ...}. Its last run of letters and digits is left out: it
     * may be the start of a value, too short for a detector to know it.
     */
    static String shown(String cut, UnaryOperator<String> maskName) {
        int end = cut.length();
        while (end > 0 && Character.isLetterOrDigit(cut.charAt(end - 1))) {
            end--;
        }
        return maskName.apply(cut.substring(0, end)) + "...";
    }
}
