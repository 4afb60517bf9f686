package io.piiscanner.core.corpus;

import java.time.LocalDate;

/**
 * A synthetic customer: the name, email, employer and address that belong together in one record.
 * Card, bank and identity numbers are drawn separately for each place they appear.
 *
 * @param first     given name, possibly with non-ASCII letters
 * @param last      family name
 * @param email     email address derived from the name
 * @param company   employer
 * @param street    street line: a house number of at most four digits and a street name
 * @param city      city
 * @param zip       five-digit postal code, which no measured type matches
 * @param birthDate date of birth
 */
record Person(
        String first,
        String last,
        Value email,
        String company,
        String street,
        String city,
        String zip,
        LocalDate birthDate) {

    String fullName() {
        return first + " " + last;
    }
}
