package io.piiscanner.core.read;

import java.io.IOException;

/**
 * Reads one structured format for the engine: turns an input into the text it holds, a
 * {@link Piece} at a time with where each piece sits, and the {@link Entry entries} it contains
 * (archive members, email attachments), which the engine scans as inputs of their own. One class
 * per format, stateless: {@link #open} gives each input its own {@link Content}.
 *
 * <h2>Adding a format</h2>
 * <ol>
 *   <li>Add its constant to {@link io.piiscanner.core.format.InputFormat}: its description, the
 *       names {@code --input-format} takes, the extensions that hint at it.</li>
 *   <li>Recognise it from its first bytes in {@link io.piiscanner.core.format.FormatDetector}
 *       (magic bytes win over the name; the name only chooses between text formats).</li>
 *   <li>Write the reader: a class implementing this interface in this package, reading with the
 *       library made for the format. Yield pieces in document order, each with the field name that
 *       labels it (a column, a header; it is both the finding's {@code field} and context for the
 *       detectors, as a CSV column name is) and a {@link Location} that
 *       says where it is (record, sheet and cell, page, ...). Yield entries for what should be
 *       scanned as a file of its own type; the engine recognises their format, applies the limits
 *       and masks their names.</li>
 *   <li>Register it in {@link io.piiscanner.core.scan.FormatReaders#forFormat}.</li>
 *   <li>Test it with a fixture the library itself writes, holding planted values in realistic
 *       places and decoys, asserting exact locations; add the format to the leak tests
 *       ({@code NoRawValueLeakTest}, {@code NoRawPiiLeakTest}) and a damaged or hostile file.</li>
 * </ol>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Bounded memory: read a record, a row, a page or an entry at a time; never the whole
 *       input. {@link ReaderInput#limits()} gives the engine's limits.</li>
 *   <li>Errors: damaged content is a {@link io.piiscanner.core.format.CorruptInputException};
 *       content that cannot be read at all (encrypted, an unsupported variant) an
 *       {@link UnreadableInputException}; a member that cannot be read a {@link SkippedEntry}. Any
 *       other exception of the library is taken for damage too. Messages are one line and must
 *       quote no content; names in them are masked by the engine.</li>
 *   <li>A format whose structure needs random access (found from the end, by offsets) says so with
 *       {@link #randomAccess()}: it then gets a {@link RandomAccessInput}, ranged GETs for an S3
 *       object, a temporary copy for a stream.</li>
 * </ul>
 */
public interface FormatReader {

    /** Whether {@link #open} needs {@link ReaderInput#file()} rather than {@link ReaderInput#stream()}. */
    default boolean randomAccess() {
        return false;
    }

    /**
     * Starts reading an input. The engine closes the content, which closes the input, random
     * access included; if this method throws, the engine closes the input itself.
     *
     * @throws UnreadableInputException when the input cannot be read at all, with the reason
     */
    Content open(ReaderInput input) throws IOException;
}
