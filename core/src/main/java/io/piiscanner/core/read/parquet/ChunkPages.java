package io.piiscanner.core.read.parquet;

import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.DecompressionBombException;
import io.piiscanner.core.read.RandomAccessStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;

/**
 * The pages of one column chunk, read one at a time from where the chunk starts: memory holds a
 * page (and the chunk's dictionary), whatever the size of the chunk or its row group. Page
 * headers are parsed by parquet-java; index pages and pages of unknown types are passed over.
 */
final class ChunkPages implements PageReader {

    /** Bytes of one page, compressed or not, held at most. */
    static final int MAX_PAGE_BYTES = 128 << 20;

    private static final int MB = 1 << 20;

    private final ParquetFile file;
    private final ColumnChunkMetaData chunk;
    private final RandomAccessStream in;
    private final long end;
    private final CompressionCodecFactory.BytesInputDecompressor decompressor;
    private final Statistics<?> noStatistics;
    private long values;
    private PageHeader pending;

    ChunkPages(ParquetFile file, ColumnChunkMetaData chunk) {
        this.file = file;
        this.chunk = chunk;
        this.end = chunk.getStartingPos() + chunk.getTotalSize();
        this.in = new RandomAccessStream(file.input, chunk.getStartingPos(), end);
        this.decompressor = file.codecs.getDecompressor(chunk.getCodec());
        this.noStatistics =
                Statistics.getBuilderForReading(chunk.getPrimitiveType()).build();
    }

    @Override
    public long getTotalValueCount() {
        return chunk.getValueCount();
    }

    @Override
    public DictionaryPage readDictionaryPage() {
        try {
            PageHeader h = header();
            if (h == null || h.getType() != org.apache.parquet.format.PageType.DICTIONARY_PAGE) {
                pending = h;
                return null;
            }
            DictionaryPageHeader d = h.getDictionary_page_header();
            BytesInput bytes = decompress(body(h), h.getUncompressed_page_size());
            return new DictionaryPage(
                    bytes, h.getUncompressed_page_size(), d.getNum_values(), encoding(d.getEncoding()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DataPage readPage() {
        try {
            while (true) {
                PageHeader h = pending != null ? pending : header();
                pending = null;
                if (h == null) {
                    return null;
                }
                switch (h.getType()) {
                    case DATA_PAGE -> {
                        return v1(h);
                    }
                    case DATA_PAGE_V2 -> {
                        return v2(h);
                    }
                    default -> skip(h);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataPage v1(PageHeader h) throws IOException {
        DataPageHeader d = h.getData_page_header();
        countValues(d.getNum_values());
        BytesInput bytes = decompress(body(h), h.getUncompressed_page_size());
        return new DataPageV1(
                bytes,
                d.getNum_values(),
                h.getUncompressed_page_size(),
                noStatistics,
                encoding(d.getRepetition_level_encoding()),
                encoding(d.getDefinition_level_encoding()),
                encoding(d.getEncoding()));
    }

    /** A v2 page: its levels stored uncompressed, then its values, compressed unless it says not. */
    private DataPage v2(PageHeader h) throws IOException {
        DataPageHeaderV2 d = h.getData_page_header_v2();
        countValues(d.getNum_values());
        byte[] body = body(h);
        int levels = d.getRepetition_levels_byte_length() + d.getDefinition_levels_byte_length();
        if (d.getRepetition_levels_byte_length() < 0
                || d.getDefinition_levels_byte_length() < 0
                || levels > body.length) {
            throw new CorruptInputException("corrupt Parquet file (a page's levels are longer than the page)");
        }
        BytesInput data = BytesInput.from(body, levels, body.length - levels);
        boolean compressed = !d.isSetIs_compressed() || d.isIs_compressed();
        if (compressed) {
            data = decompress(data.toByteArray(), h.getUncompressed_page_size() - levels);
        }
        return DataPageV2.uncompressed(
                d.getNum_rows(),
                d.getNum_nulls(),
                d.getNum_values(),
                BytesInput.from(body, 0, d.getRepetition_levels_byte_length()),
                BytesInput.from(body, d.getRepetition_levels_byte_length(), d.getDefinition_levels_byte_length()),
                encoding(d.getEncoding()),
                data,
                noStatistics);
    }

    /**
     * Counts a page's values, each as a byte its decompression produced: a few bytes of run-length
     * encoding can stand for billions of nulls, whose reading the decompression guard then bounds
     * as it bounds a bomb's bytes.
     */
    private void countValues(int count) throws IOException {
        if (count < 0) {
            throw new CorruptInputException("corrupt Parquet file (a page of a negative number of values)");
        }
        values += count;
        file.budget.produced(count);
    }

    /** The next page's header, or null at the chunk's end. */
    private PageHeader header() throws IOException {
        if (values >= chunk.getValueCount() || in.position() >= end) {
            return null;
        }
        PageHeader h = Util.readPageHeader(in);
        if (h.getCompressed_page_size() < 0
                || h.getUncompressed_page_size() < 0
                || h.getCompressed_page_size() > end - in.position()) {
            throw new CorruptInputException("corrupt Parquet file (a page outside its column chunk)");
        }
        if (h.getCompressed_page_size() > MAX_PAGE_BYTES || h.getUncompressed_page_size() > MAX_PAGE_BYTES) {
            throw new DecompressionBombException("a Parquet page of "
                    + Math.max(h.getCompressed_page_size(), h.getUncompressed_page_size()) / MB
                    + " MiB is over the " + MAX_PAGE_BYTES / MB + " MiB read at a time");
        }
        return h;
    }

    private byte[] body(PageHeader h) throws IOException {
        byte[] body = in.readNBytes(h.getCompressed_page_size());
        if (body.length != h.getCompressed_page_size()) {
            throw new CorruptInputException("truncated Parquet file");
        }
        return body;
    }

    private void skip(PageHeader h) throws IOException {
        if (in.skip(h.getCompressed_page_size()) != h.getCompressed_page_size()) {
            throw new CorruptInputException("truncated Parquet file");
        }
    }

    private BytesInput decompress(byte[] compressed, int uncompressedSize) throws IOException {
        return decompressor.decompress(BytesInput.from(compressed), uncompressedSize);
    }

    private Encoding encoding(org.apache.parquet.format.Encoding e) {
        return file.converter.getEncoding(e);
    }
}
