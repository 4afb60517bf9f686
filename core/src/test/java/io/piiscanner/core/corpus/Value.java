package io.piiscanner.core.corpus;

/**
 * A generated piece of personal data, as it will be written.
 *
 * @param type    entity type
 * @param text    the formatted value
 * @param variant how it was generated, for grouping results
 */
record Value(String type, String text, String variant) {}
