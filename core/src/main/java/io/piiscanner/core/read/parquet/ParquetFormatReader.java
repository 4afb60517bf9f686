package io.piiscanner.core.read.parquet;

import io.piiscanner.core.read.Content;
import io.piiscanner.core.read.FormatReader;
import io.piiscanner.core.read.Item;
import io.piiscanner.core.read.LibraryErrors;
import io.piiscanner.core.read.Piece;
import io.piiscanner.core.read.ReaderInput;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.schema.MessageType;

/**
 * Apache Parquet files, read with parquet-java over random access (a local file, ranged GETs on
 * S3): row group by row group, and in each a column at a time, a page at a time, so memory holds
 * the footer and a page whatever the size of the file, its row groups or its column chunks.
 * Each value read ({@link ParquetColumn} says which) is a piece named by its column's path, at the
 * 0-based index of its record in the file and the column's 1-based position among the leaf
 * columns. Pieces come column by column within a row group, after those of the footer's key-value
 * metadata ({@link FooterMetadata}).
 */
public final class ParquetFormatReader implements FormatReader {

    public static final ParquetFormatReader INSTANCE = new ParquetFormatReader();

    private ParquetFormatReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        return new ColumnsContent(ParquetFile.open(input));
    }

    /** The values of each column chunk of each row group, in order. */
    private static final class ColumnsContent implements Content {

        private final ParquetFile file;
        private final MessageType schema;
        private final List<ParquetColumn> columns;
        private final String createdBy;
        private final List<BlockMetaData> blocks;
        private final Iterator<Piece> metadata;
        private int block = -1;
        /** Records in the row groups before this one. */
        private long firstRecord;

        private int columnAt;
        private ParquetColumn column;
        private ColumnReader values;
        private long remaining;
        /** The index in its row group of the record the next value belongs to, once it is read. */
        private long record;

        ColumnsContent(ParquetFile file) {
            this.file = file;
            this.schema = file.schema();
            this.columns = ParquetColumn.of(schema);
            this.createdBy = file.metadata.getFileMetaData().getCreatedBy();
            this.blocks = file.rowGroups();
            this.metadata = FooterMetadata.pieces(
                            file.metadata.getFileMetaData().getKeyValueMetaData())
                    .iterator();
            this.columnAt = columns.size();
        }

        @Override
        public Item next() throws IOException {
            try {
                return nextPiece();
            } catch (RuntimeException e) {
                throw LibraryErrors.unwrap(e);
            }
        }

        private Piece nextPiece() throws IOException {
            if (metadata.hasNext()) {
                return metadata.next();
            }
            while (true) {
                while (remaining > 0) {
                    Piece piece = nextValue();
                    if (piece != null) {
                        return piece;
                    }
                }
                if (!nextColumn()) {
                    return null;
                }
            }
        }

        /** The piece of the next value, or null when it is null or of a kind not read. */
        private Piece nextValue() {
            remaining--;
            if (values.getCurrentRepetitionLevel() == 0) {
                record++;
            }
            String text = null;
            if (values.getCurrentDefinitionLevel() == column.descriptor().getMaxDefinitionLevel()) {
                text = switch (column.descriptor().getPrimitiveType().getPrimitiveTypeName()) {
                    case INT32 -> column.text(values.getInteger());
                    case INT64 -> column.text(values.getLong());
                    default -> column.text(values.getBinary());
                };
            }
            values.consume();
            if (text == null || text.isEmpty()) {
                return null;
            }
            return column.piece(text, firstRecord + record);
        }

        /** Moves to the next column read, in this row group or the next; false after the last. */
        private boolean nextColumn() throws IOException {
            while (++columnAt >= columns.size() || !columns.get(columnAt).read()) {
                if (columnAt >= columns.size()) {
                    if (block >= 0) {
                        firstRecord += blocks.get(block).getRowCount();
                    }
                    if (++block >= blocks.size()) {
                        return false;
                    }
                    columnAt = -1;
                }
            }
            column = columns.get(columnAt);
            PageReadStore pages = file.rowGroup(block);
            values = new ColumnReadStoreImpl(
                            pages, new GroupRecordConverter(schema).getRootConverter(), schema, createdBy)
                    .getColumnReader(column.descriptor());
            remaining = values.getTotalValueCount();
            record = -1;
            return true;
        }

        @Override
        public void close() throws IOException {
            file.input.close();
        }
    }
}
