package io.piiscanner.core.corpus;

import io.piiscanner.core.format.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A generated document with its ground truth.
 *
 * @param name    the document's name, with an extension matching its format
 * @param format  how the content is structured
 * @param content UTF-8 bytes; not copied, so do not modify them
 * @param planted every planted value, in content order
 * @param decoys  every decoy, in content order
 */
public record Document(String name, InputFormat format, byte[] content, List<Planted> planted, List<Decoy> decoys) {

    public Document {
        planted = List.copyOf(planted);
        decoys = List.copyOf(decoys);
    }

    /**
     * The content between two byte offsets, decoded as UTF-8, with line breaks shown as
     * {@code ⏎} so that it prints on one line. Offsets are clamped to the content.
     */
    public String excerpt(long from, long to) {
        int s = (int) Math.max(0, from);
        int e = (int) Math.min(content.length, to);
        if (e <= s) {
            return "";
        }
        return new String(content, s, e - s, StandardCharsets.UTF_8)
                .replace("\r", "")
                .replace('\n', '⏎');
    }
}
