package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates of birth: real calendar dates from 1900 to today written as {@code 1984-03-05},
 * {@code 1984/03/05}, {@code 03/05/1984} or {@code 05/03/1984} (either reading may be the valid
 * one), {@code 05.03.1984}, {@code 05-03-1984}, {@code March 5, 1984} or {@code 5 Mar 1984}.
 * Dates are everywhere, so one is only reported next to a word such as "born" or "DOB", and a
 * date that is part of a timestamp is never reported. Dates are masked entirely, separators kept:
 * {@code ****-**-**}.
 */
public final class DateOfBirthDetector extends DeclaredDetector {

    private static final double SCORE = 0.4;
    private static final int MIN_YEAR = 1900;
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String MONTH_NAME = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
            + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /**
     * Capturing groups: 1-4 year-first numeric (year, separator, month, day); 5-8 numeric with
     * the year last (a, separator, b, year); 9-11 month name first; 12-14 day first.
     */
    private static final Pattern PATTERN = Pattern.compile("(?<![\\w\\-/.]|\\d:)(?:"
            + YEAR + "([-/])(\\d{1,2})\\2(\\d{1,2})"
            + "|(\\d{1,2})([-/.])(\\d{1,2})\\6" + YEAR
            + "|(" + MONTH_NAME + ")\\.? (\\d{1,2})" + ORDINAL + ",? " + YEAR
            + "|(\\d{1,2})" + ORDINAL + "(?: (?:of )?|-)(" + MONTH_NAME + ")\\.?,?[ \\-]" + YEAR
            + ")(?!\\w|[\\-/.:]\\d)");

    public DateOfBirthDetector() {
        super(DetectorDeclaration.detector("date-of-birth", EntityTypes.DATE_OF_BIRTH)
                // Hand-written: month names are matched in any case ((?i:...)), which the engine
                // cannot derive a fast path for, and dates are everywhere in logs, so the shape
                // test keeps the pattern off most digit runs.
                .pattern(MatchPattern.of(PATTERN.pattern(), SCORE)
                        .handWrittenFastPath(
                                Gate.digits(4, 24, 2),
                                MatchStart.of(CharClass.ALNUM, CharClass.WORD.plus("-/."))
                                        .leadingLetters(3, 9)
                                        .leadingDigits(1, 4)
                                        .where(DateOfBirthDetector::shape)))
                .context("dob", "date of birth", "birth", "born", "birthday", "d.o.b", "birthdate")
                .contextRequired()
                .evaluator(DateOfBirthDetector::evaluate)
                .mask(Masks::all)
                .normalize(DateOfBirthDetector::normalizeDate));
    }

    /**
     * Where a date can start, checked by hand because dates are everywhere in logs: a numeric date
     * ({@code 1984-03-05}, {@code 05.03.1984}) whole and not part of a timestamp, a day followed
     * by an ordinal, a space or a dash and a letter (a month's name follows), or the first three
     * letters of a month's name.
     */
    private static boolean shape(CharSequence s, int i, int to) {
        char c = s.charAt(i);
        if (!Shapes.isDigit(c)) {
            return monthAt(s, i, to);
        }
        int run = NumberBounds.digitRun(s, i, to);
        if (run == 4) {
            return isYear(s, i) && Shapes.charIn(s, i + 4, to, "-/") && numericEnd(s, groupsEnd(s, i + 4, to, 2)) >= 0;
        }
        if (run != 1 && run != 2 || i + run >= to) {
            return false;
        }
        int j = i + run;
        char sep = s.charAt(j);
        if (sep == ' '
                || sep == 's'
                || sep == 'n'
                || sep == 'r'
                || sep == 't'
                || (sep == '-' && Shapes.letterAt(s, j + 1, to))) {
            return true;
        }
        if (sep != '-' && sep != '/' && sep != '.') {
            return false;
        }
        int second = NumberBounds.digitRun(s, j + 1, to);
        int yearAt = j + 1 + second + 1;
        return (second == 1 || second == 2)
                && Shapes.charIn(s, yearAt - 1, to, String.valueOf(sep))
                && NumberBounds.digitRun(s, yearAt, to) == 4
                && isYear(s, yearAt)
                && numericEnd(s, yearAt + 4) >= 0;
    }

    /** After {@code yyyy} at a separator {@code sep}: {@code sep m[m] sep d[d]}; returns the end, or -1. */
    private static int groupsEnd(CharSequence s, int sepAt, int to, int maxDigits) {
        char sep = s.charAt(sepAt);
        int month = NumberBounds.digitRun(s, sepAt + 1, to);
        int dayAt = sepAt + 1 + month + 1;
        if (month < 1 || month > maxDigits || !Shapes.charIn(s, dayAt - 1, to, String.valueOf(sep))) {
            return -1;
        }
        int day = NumberBounds.digitRun(s, dayAt, to);
        return day >= 1 && day <= maxDigits ? dayAt + day : -1;
    }

    /** {@code end}, if a numeric date ending there is not part of a longer token or a timestamp; else -1. */
    private static int numericEnd(CharSequence s, int end) {
        if (end < 0) {
            return -1;
        }
        if (end < s.length()) {
            char c = s.charAt(end);
            if (Shapes.letterAt(s, end, s.length())
                    || Shapes.isDigit(c)
                    || c == '_'
                    || ("-/.:".indexOf(c) >= 0 && end + 1 < s.length() && Shapes.isDigit(s.charAt(end + 1)))) {
                return -1;
            }
        }
        return isTimeAt(s, end) ? -1 : end;
    }

    private static boolean isYear(CharSequence s, int i) {
        char c = s.charAt(i);
        char d = s.charAt(i + 1);
        return c == '1' && d == '9' || c == '2' && d == '0';
    }

    /** Whether the first three letters of a month's name, in any case, start at {@code i}. */
    private static boolean monthAt(CharSequence s, int i, int to) {
        if (i + 3 > to) {
            return false;
        }
        char a = Character.toLowerCase(s.charAt(i));
        char b = Character.toLowerCase(s.charAt(i + 1));
        char d = Character.toLowerCase(s.charAt(i + 2));
        for (int k = 0; k < MONTHS.length(); k += 3) {
            if (MONTHS.charAt(k) == a && MONTHS.charAt(k + 1) == b && MONTHS.charAt(k + 2) == d) {
                return true;
            }
        }
        return false;
    }

    private static Candidate evaluate(ScanText text, MatchResult match, double score) {
        if (isTimeAt(text.text(), match.end())) {
            return null;
        }
        LocalDate date = parse(match);
        if (date == null || date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            return null;
        }
        return new Candidate(match.start(), match.end(), score);
    }

    /**
     * The ISO form ({@code 1984-03-05}), so spellings of one date fingerprint alike. When both
     * readings of {@code a/b/yyyy} are valid, month first is preferred for '/' and '-', day first
     * for '.', as those conventions are written.
     */
    private static String normalizeDate(CharSequence raw) {
        Matcher m = PATTERN.matcher(raw);
        LocalDate date = m.matches() ? parse(m) : null;
        return date == null ? raw.toString() : date.toString();
    }

    /** A time after a date makes it a timestamp: {@code 2024-03-15 10:22}. */
    private static boolean isTimeAt(CharSequence s, int i) {
        if (i + 5 > s.length() || s.charAt(i) != ' ' || !Shapes.isDigit(s.charAt(i + 1))) {
            return false;
        }
        int colon = Shapes.isDigit(s.charAt(i + 2)) ? i + 3 : i + 2;
        return colon + 2 < s.length()
                && s.charAt(colon) == ':'
                && Shapes.isDigit(s.charAt(colon + 1))
                && Shapes.isDigit(s.charAt(colon + 2));
    }

    /** The date a match denotes, or {@code null} if it is not a real date from 1900 on. */
    private static LocalDate parse(MatchResult m) {
        if (m.start(1) >= 0) {
            return date(num(m, 1), num(m, 3), num(m, 4));
        }
        if (m.start(5) >= 0) {
            int a = num(m, 5);
            int b = num(m, 7);
            int year = num(m, 8);
            boolean dayFirst = m.group(6).equals(".");
            LocalDate preferred = dayFirst ? date(year, b, a) : date(year, a, b);
            return preferred != null ? preferred : dayFirst ? date(year, a, b) : date(year, b, a);
        }
        if (m.start(9) >= 0) {
            return date(num(m, 11), month(m.group(9)), num(m, 10));
        }
        return date(num(m, 14), month(m.group(13)), num(m, 12));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR
                || month < 1
                || month > 12
                || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }
}
