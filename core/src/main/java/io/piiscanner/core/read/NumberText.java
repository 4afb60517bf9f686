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

    private record Format(int index, String pattern) {}

    /**
     * @param value   a finite number
     * @param format  the index of the cell's number format
     * @param pattern the format's pattern; {@code null} when the cell has none
     */
    String format(double value, int format, String pattern) {
        if (pattern != null && isDate(format, pattern) && DateUtil.isValidExcelDate(value)) {
            return dates.formatRawCellContents(value, format, pattern);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private boolean isDate(int format, String pattern) {
        return dateFormats.computeIfAbsent(new Format(format, pattern), f -> DateUtil.isADateFormat(format, pattern));
    }
}
