/**
 * Reading structured formats: archives, email, and (phase 2) Parquet, Avro, Office documents and PDF.
 *
 * <p>The engine ({@code io.piiscanner.core.scan.InputScan}) peels compression off an input
 * ({@link io.piiscanner.core.format.Compression}), recognises its format
 * ({@link io.piiscanner.core.format.FormatDetector}), and then either scans it as text with a
 * {@link io.piiscanner.core.format.FieldLocator} (text, CSV, TSV, JSON, NDJSON, XML, HTML) or hands
 * it to the {@link io.piiscanner.core.read.FormatReader} registered for the format in
 * {@link io.piiscanner.core.scan.FormatReaders}. A reader turns the input into a
 * {@link io.piiscanner.core.read.Content}: a sequence of
 * <ul>
 *   <li>{@link io.piiscanner.core.read.Piece}s: text with the field that names it and the
 *       {@link Location} where it is; the engine scans runs of pieces as
 *       one stream, each piece on lines of its own, and reports each finding at its place in its
 *       piece;</li>
 *   <li>{@link io.piiscanner.core.read.Entry}s: bytes to scan as an input of their own (archive
 *       members, attachments), recognised again, read recursively, located by
 *       {@link Location#entry()} ({@code outer.zip!/inner.csv});</li>
 *   <li>{@link io.piiscanner.core.read.SkippedEntry}s: members that cannot be read, with why.</li>
 * </ul>
 *
 * <p>Formats whose structure needs random access (a ZIP's central directory, a Parquet footer)
 * read a {@link io.piiscanner.core.read.RandomAccessInput}: a local file through
 * {@link io.piiscanner.core.read.FileInput}, an S3 object through ranged GETs
 * ({@code io.piiscanner.s3.S3RangedInput}), anything else through a temporary copy
 * ({@link io.piiscanner.core.read.SpooledInput}). Limits ({@link io.piiscanner.core.read.ReadLimits})
 * hold for the whole input: nesting depth, entries, and the decompression guard's bytes and ratio
 * over every decompressed stream together.
 *
 * <p>See {@link io.piiscanner.core.read.FormatReader} for how to add a format.
 */
package io.piiscanner.core.read;
