package io.piiscanner.core.read.parquet;

import io.piiscanner.core.format.CorruptInputException;
import java.io.UncheckedIOException;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;

/** A row group's pages: each column's read from its chunk, lazily, as the decoder asks for them. */
final class RowGroupPages implements PageReadStore {

    private final ParquetFile file;
    private final BlockMetaData block;

    RowGroupPages(ParquetFile file, BlockMetaData block) {
        this.file = file;
        this.block = block;
    }

    @Override
    public PageReader getPageReader(ColumnDescriptor column) {
        ColumnPath path = ColumnPath.get(column.getPath());
        for (ColumnChunkMetaData chunk : block.getColumns()) {
            if (chunk.getPath().equals(path)) {
                return new ChunkPages(file, chunk);
            }
        }
        throw new UncheckedIOException(new CorruptInputException("corrupt Parquet file (a row group lacks a column)"));
    }

    @Override
    public long getRowCount() {
        return block.getRowCount();
    }
}
