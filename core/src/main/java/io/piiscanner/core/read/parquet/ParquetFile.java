package io.piiscanner.core.read.parquet;

import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.read.RandomAccessInput;
import io.piiscanner.core.read.RandomAccessStream;
import io.piiscanner.core.read.ReaderInput;
import io.piiscanner.core.read.UnreadableInputException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;

/**
 * A Parquet file opened over random access: its footer read and checked, its row groups readable
 * page by page with {@link ChunkPages}.
 *
 * <p>Why not parquet-java's {@code ParquetFileReader}: its options builder loads Hadoop's
 * MapReduce {@code FileInputFormat} whatever the configuration, so it cannot run without Hadoop;
 * and it holds a whole column chunk in memory. Here parquet-java parses the footer and the page
 * headers and decodes the values; this class and {@link ChunkPages} only find the bytes.
 */
final class ParquetFile {

    /** Footer bytes read at most: a schema of thousands of columns in hundreds of row groups fits. */
    static final int MAX_FOOTER_BYTES = 16 << 20;

    private static final int MB = 1 << 20;
    private static final int TAIL = 8;

    final RandomAccessInput input;
    final ParquetMetadata metadata;
    final ParquetCodecs codecs;
    /** The input's decompression limits, which its pages' bytes and values count against. */
    final DecompressionGuard.Budget budget;

    final ParquetMetadataConverter converter = new ParquetMetadataConverter();

    private ParquetFile(RandomAccessInput input, ParquetMetadata metadata, DecompressionGuard.Budget budget) {
        this.input = input;
        this.metadata = metadata;
        this.budget = budget;
        this.codecs = new ParquetCodecs(budget);
    }

    /**
     * Opens the input's random access as a Parquet file.
     *
     * @throws UnreadableInputException when the file is encrypted, uses a codec this reader lacks,
     *                                  or has a footer over {@link #MAX_FOOTER_BYTES}
     * @throws CorruptInputException    when the file is truncated or its footer is damaged
     */
    static ParquetFile open(ReaderInput input) throws IOException {
        RandomAccessInput file = input.file();
        long size = file.size();
        if (size < 4 + TAIL) {
            throw new CorruptInputException("truncated Parquet file");
        }
        byte[] tail = new byte[TAIL];
        readFully(file, size - TAIL, tail);
        String magic = new String(tail, 4, 4, StandardCharsets.ISO_8859_1);
        if (magic.equals("PARE")) {
            throw new UnreadableInputException("encrypted Parquet file (its footer is encrypted)");
        }
        if (!magic.equals("PAR1")) {
            // The footer and its magic number end the file: a file cut short has lost them.
            throw new CorruptInputException("truncated Parquet file");
        }
        long footer = (tail[0] & 0xffL) | (tail[1] & 0xffL) << 8 | (tail[2] & 0xffL) << 16 | (tail[3] & 0xffL) << 24;
        if (footer > size - 4 - TAIL) {
            throw new CorruptInputException("corrupt Parquet file (its footer is longer than the file)");
        }
        if (footer > MAX_FOOTER_BYTES) {
            throw new UnreadableInputException("Parquet footer of " + footer / MB + " MiB is over the "
                    + MAX_FOOTER_BYTES / MB + " MiB this reader holds");
        }
        long footerStart = size - TAIL - footer;
        ParquetMetadata metadata = new ParquetMetadataConverter()
                .readParquetMetadata(new RandomAccessStream(file, footerStart, size - TAIL));
        for (BlockMetaData block : metadata.getBlocks()) {
            for (ColumnChunkMetaData chunk : block.getColumns()) {
                if (chunk.isEncrypted()) {
                    throw new UnreadableInputException("encrypted Parquet file (its columns are encrypted)");
                }
                ParquetCodecs.requireSupported(chunk.getCodec());
                if (chunk.getStartingPos() < 0
                        || chunk.getTotalSize() < 0
                        || chunk.getStartingPos() + chunk.getTotalSize() > footerStart) {
                    throw new CorruptInputException("corrupt Parquet file (a column chunk outside the file)");
                }
            }
        }
        return new ParquetFile(file, metadata, input.budget());
    }

    MessageType schema() {
        return metadata.getFileMetaData().getSchema();
    }

    List<BlockMetaData> rowGroups() {
        return metadata.getBlocks();
    }

    /** The pages of a row group, each column read from its own position as the decoder asks. */
    PageReadStore rowGroup(int index) {
        return new RowGroupPages(this, metadata.getBlocks().get(index));
    }

    private static void readFully(RandomAccessInput input, long position, byte[] buf) throws IOException {
        if (!input.readFully(position, buf, 0, buf.length)) {
            throw new EOFException("unexpected end of Parquet file");
        }
    }
}
