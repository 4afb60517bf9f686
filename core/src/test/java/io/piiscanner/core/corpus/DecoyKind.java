package io.piiscanner.core.corpus;

/** Kinds of look-alike values that must not be reported as the type they resemble. */
public enum DecoyKind {
    /** 16 digits with a card issuer prefix but a wrong Luhn check digit (a mistyped card). */
    BAD_LUHN_CARD,
    /** Luhn-valid digits whose prefix belongs to no card network (loyalty or gift card). */
    NO_ISSUER_LUHN,
    /** A card number already masked by the system that wrote it, e.g. {@code 411111******1111}. */
    MASKED_CARD,
    /** Order and invoice numbers. */
    ORDER_ID,
    UUID,
    /** ISO 8601 timestamps and dates. */
    TIMESTAMP,
    /** Unix time in seconds or milliseconds. */
    EPOCH,
    /** Money amounts. */
    PRICE,
    /** SSN-shaped numbers the SSA never issues: area 000 or 666, group 00, serial 0000. */
    RESERVED_SSN,
    /** IBAN-shaped strings whose check digits are wrong. */
    BAD_IBAN,
    /** Nine-digit reference numbers that fail the ABA checksum. */
    BAD_ABA,
    /** Software version strings such as {@code 1.2.3.4.5} or {@code v10.2.1}. */
    VERSION,
    /** AKIA-prefixed tokens of the wrong length. */
    AKIA_WRONG_LENGTH,
    /** Git commit hashes. */
    GIT_SHA,
    /** Ethernet MAC addresses. */
    MAC_ADDRESS
}
