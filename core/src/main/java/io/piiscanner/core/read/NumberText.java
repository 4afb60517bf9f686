package io.piiscanner.core.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A workbook cell's number as text: written out in full, never in exponent form, so that a card
 * number kept as a number reads {@code 4111111111111111} and not {@code 4.11111E+15}; or as a date
 * where the cell's format says it is one, as the format shows it.
 */
final class NumberText {

    private final DataFormatter dates = new DataFormatter(Locale.US);
    /**
     * Whether each format a cell had is a date's, as POI's {@code DateUtil.isADateFormat} says: it
     * runs regular expressions and remembers only the last format it was asked about, while cells
     * of a row take turns (a date, an amount) and asking took a tenth of a ledger's scan. A
     * workbook holds a bounded number of formats, and its reader holds them already.
     */
    private final Map<Format, Boolean> dateFormats = new HashMap<>();

    /**
     * Dates as text by value and format, {@link #DATES} at most, forgotten all at once: the dates
     * of a ledger come back row after row, and POI makes a {@code Calendar} and formats it anew
     * each time, a tenth of such a scan. A format's literal text can make a date's text long:
     * longer ones are not kept.
     */
    private final Map<Shown, String> shownDates = new HashMap<>();

    private static final int DATES = 4096;
    private static final int MAX_SHOWN_CHARS = 64;

    private record Format(int index, String pattern) {}

    private record Shown(double value, Format format) {}

    /**
     * @param value   a finite number
     * @param format  the index of the cell's number format
     * @param pattern the format's pattern; {@code null} when the cell has none
     */
    String format(double value, int format, String pattern) {
        if (pattern != null && DateUtil.isValidExcelDate(value)) {
            Format f = new Format(format, pattern);
            if (dateFormats.computeIfAbsent(f, k -> DateUtil.isADateFormat(format, pattern))) {
                Shown key = new Shown(value, f);
                String shown = shownDates.get(key);
                if (shown == null) {
                    shown = dates.formatRawCellContents(value, format, pattern);
                    if (shownDates.size() == DATES) {
                        shownDates.clear();
                    }
                    if (shown.length() <= MAX_SHOWN_CHARS) {
                        shownDates.put(key, shown);
                    }
                }
                return shown;
            }
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
