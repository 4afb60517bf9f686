package io.piiscanner.core.read;

/** One thing a {@link Content} yields. */
public sealed interface Item permits Piece, Entry, SkippedEntry {}
