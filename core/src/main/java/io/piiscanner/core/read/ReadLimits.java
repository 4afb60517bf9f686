package io.piiscanner.core.read;

/**
 * What the engine allows one input, whatever its structure. Readers may use them to refuse early
 * what they would have to hold in memory; the engine enforces them on everything else.
 *
 * @param maxDepth             archives and compressed streams nested inside each other, at most
 * @param maxEntries           entries (archive members, email parts) read from one input, all levels together
 * @param maxDecompressedBytes bytes all decompression of one input may produce, together
 * @param maxRatio             decompressed bytes per byte of the input, at most, once past {@code ratioFloor}
 * @param ratioFloor           decompressed bytes below which the ratio is not checked
 */
public record ReadLimits(int maxDepth, long maxEntries, long maxDecompressedBytes, long maxRatio, long ratioFloor) {}
