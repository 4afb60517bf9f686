package io.piiscanner.core.corpus;

/**
 * A value planted because it looks like personal data but is not: a finding on it is a false
 * positive. Recorded so that false positives can be explained by what they hit.
 *
 * @param document the document's name
 * @param kind     what the value is
 * @param start    UTF-8 byte offset of the value's first byte in the document content
 * @param end      byte offset after the value's last byte
 * @param text     the value as written
 */
public record Decoy(String document, DecoyKind kind, long start, long end, String text) {}
