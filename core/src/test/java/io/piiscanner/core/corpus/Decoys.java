package io.piiscanner.core.corpus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Identifiers, timestamps and amounts that fill financial documents and look like numbers a
 * detector may take for personal data.
 */
final class Decoys {

    /** The corpus covers 2023 and 2024. */
    private static final long FROM = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();

    private static final long TO = Instant.parse("2024-12-31T23:59:59Z").getEpochSecond();
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.US);
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss", Locale.US);

    private final Dice dice;
    private long clock;

    Decoys(Dice dice) {
        this.dice = dice;
        this.clock = dice.between(FROM, TO - 86_400L * 60);
    }

    /** Moves the document clock forward by up to {@code maxSeconds}, so log lines stay ordered. */
    long tick(int maxSeconds) {
        clock += dice.between(0, maxSeconds);
        return clock;
    }

    /** A random moment in the corpus period, for values not tied to the document clock. */
    long anyTime() {
        return dice.between(FROM, TO);
    }

    /** {@code 2024-03-15T10:22:33.123Z}, with or without millis. */
    String isoTimestamp(long epochSecond) {
        String base =
                LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toString();
        if (base.length() == 16) {
            base += ":00";
        }
        return dice.chance(0.6) ? base + String.format(Locale.ROOT, ".%03dZ", dice.between(0, 999)) : base + "Z";
    }

    /** {@code 2024-03-15 10:22:33}, as databases export. */
    String sqlTimestamp(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)
                        .toString()
                        .replace('T', ' ')
                + (epochSecond % 60 == 0 ? ":00" : "");
    }

    String syslogTime(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).format(SYSLOG);
    }

    String accessLogTime(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).format(CLF) + " +0000";
    }

    /** Unix time in seconds or milliseconds. */
    String epoch(long epochSecond) {
        return dice.chance(0.5)
                ? String.valueOf(epochSecond)
                : epochSecond + String.format(Locale.ROOT, "%03d", dice.between(0, 999));
    }

    /** {@code ORD-2024-00012345} or {@code INV2024031500123}. */
    String orderId(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return dice.chance(0.6)
                ? String.format(Locale.ROOT, "ORD-%d-%08d", t.getYear(), dice.between(1, 999_999))
                : String.format(
                        Locale.ROOT,
                        "INV%d%02d%02d%05d",
                        t.getYear(),
                        t.getMonthValue(),
                        t.getDayOfMonth(),
                        dice.between(1, 99_999));
    }

    String uuid() {
        return dice.hex(8) + "-" + dice.hex(4) + "-4" + dice.hex(3) + "-" + dice.pick("8", "9", "a", "b") + dice.hex(3)
                + "-" + dice.hex(12);
    }

    String gitSha() {
        return dice.chance(0.7) ? dice.hex(40) : dice.hex(7);
    }

    /** {@code 1.2.3.4.5}-style build numbers or {@code v10.2.1}. */
    String version() {
        return switch (dice.between(0, 2)) {
            case 0 ->
                dice.between(1, 9) + "." + dice.between(0, 20) + "." + dice.between(0, 30) + "." + dice.between(0, 99)
                        + "." + dice.between(0, 999);
            case 1 -> "v" + dice.between(1, 20) + "." + dice.between(0, 20) + "." + dice.between(0, 30);
            default ->
                dice.between(1, 9) + "." + dice.between(0, 20) + "." + dice.between(0, 30) + "."
                        + dice.between(100, 9999);
        };
    }

    /** A plain decimal amount such as {@code 1234.56}. */
    String amount() {
        int cents = dice.chance(0.85) ? dice.between(100, 99_999) : dice.between(100_000, 2_500_000);
        return cents / 100 + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    /** A formatted price: {@code $1,234.56}, {@code 1234.56 USD} or {@code EUR 1.234,56}. */
    String price() {
        String amount = amount();
        int dot = amount.indexOf('.');
        String whole = amount.substring(0, dot);
        String cents = amount.substring(dot + 1);
        return switch (dice.between(0, 3)) {
            case 0, 1 -> "$" + thousands(whole, ',') + "." + cents;
            case 2 -> amount + " " + dice.pick("USD", "EUR", "GBP", "CHF");
            default -> "EUR " + thousands(whole, '.') + "," + cents;
        };
    }

    private static String thousands(String whole, char sep) {
        StringBuilder b = new StringBuilder(whole);
        for (int i = b.length() - 3; i > 0; i -= 3) {
            b.insert(i, sep);
        }
        return b.toString();
    }
}
