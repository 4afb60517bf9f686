package io.piiscanner.core.corpus;

/**
 * A value planted in a generated document: one line of ground truth.
 *
 * @param document the document's name
 * @param type     entity type, in {@link io.piiscanner.core.detect.EntityTypes}' vocabulary
 * @param start    UTF-8 byte offset of the value's first byte in the document content
 * @param end      byte offset after the value's last byte
 * @param text     the value as written, formatting included (synthetic, so safe to print)
 * @param variant  how it was generated, e.g. {@code diners-14 dashes} or {@code ipv6 compressed},
 *                 so misses can be grouped by what the detector does not handle
 */
public record Planted(String document, String type, long start, long end, String text, String variant) {}
