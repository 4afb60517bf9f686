package io.piiscanner.core.read.parquet;

import io.piiscanner.core.read.Location;
import io.piiscanner.core.read.Piece;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A leaf column of a Parquet schema as the scan sees it: the path a user would name it by, and how
 * its values read as text.
 *
 * <p>Values that can hold personal data are read: strings (and binaries without a type, enums,
 * JSON), integers and decimals, so that a card number kept in an {@code int64} or a
 * {@code decimal(19,0)} column is found. Dates, times, timestamps, floating point numbers,
 * booleans, UUIDs and other binary types are not: their text is a rendering, not what was stored.
 *
 * @param descriptor the column
 * @param index      its 1-based position among the schema's leaf columns
 * @param field      its path, nested fields joined by dots, as {@code customer.card}; the levels
 *                   parquet-java adds to lists and maps ({@code list.element}, {@code key_value}) left out
 * @param label      the last name of the path, context for the detectors as a CSV column name is
 * @param kind       how its values read as text
 */
record ParquetColumn(ColumnDescriptor descriptor, int index, String field, String label, Kind kind) {

    /** How a column's values read as text. */
    enum Kind {
        /** UTF-8 text. */
        TEXT,
        /** An integer, signed or not. */
        INTEGER,
        /** A decimal: an integer or a big-endian two's complement binary, with a scale. */
        DECIMAL,
        /** Not read. */
        NONE
    }

    /** The leaf columns of a schema, in order. */
    static List<ParquetColumn> of(MessageType schema) {
        List<ColumnDescriptor> columns = schema.getColumns();
        List<ParquetColumn> result = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnDescriptor c = columns.get(i);
            List<String> shown = shownPath(schema, c.getPath());
            result.add(new ParquetColumn(
                    c, i + 1, String.join(".", shown), shown.get(shown.size() - 1), kind(c.getPrimitiveType())));
        }
        return result;
    }

    /** The names of a path that a user sees: a list's repeated level and element, a map's key_value level left out. */
    private static List<String> shownPath(MessageType schema, String[] path) {
        List<String> shown = new ArrayList<>();
        GroupType parent = schema;
        int hiddenUntil = -1;
        for (int d = 0; d < path.length; d++) {
            Type t = parent.getType(path[d]);
            if (d > hiddenUntil) {
                shown.add(path[d]);
            }
            if (t.isPrimitive()) {
                break;
            }
            GroupType g = t.asGroupType();
            LogicalTypeAnnotation a = g.getLogicalTypeAnnotation();
            if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation
                    && g.getFieldCount() == 1
                    && g.getType(0).isRepetition(Type.Repetition.REPEATED)) {
                Type repeated = g.getType(0);
                boolean wrapsElement =
                        !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1;
                hiddenUntil = Math.max(hiddenUntil, d + (wrapsElement ? 2 : 1));
            } else if (a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                    || a instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) {
                hiddenUntil = Math.max(hiddenUntil, d + 1);
            }
            parent = g;
        }
        if (shown.isEmpty()) {
            shown.add(path[path.length - 1]);
        }
        return shown;
    }

    private static Kind kind(PrimitiveType type) {
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
            return Kind.DECIMAL;
        }
        return switch (type.getPrimitiveTypeName()) {
            case INT32, INT64 ->
                a == null || a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation ? Kind.INTEGER : Kind.NONE;
            case BINARY, FIXED_LEN_BYTE_ARRAY ->
                a == null
                                || a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                                || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                                || a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation
                        ? Kind.TEXT
                        : Kind.NONE;
            default -> Kind.NONE;
        };
    }

    /** A value of this column in the record at a 0-based index of the file. */
    Piece piece(String text, long record) {
        return new Piece(text, field, label, new Location(null, null, null, null, record, null, (long) index, null));
    }

    /** Whether this column's values are scanned. */
    boolean read() {
        return kind != Kind.NONE;
    }

    private boolean unsigned() {
        return descriptor.getPrimitiveType().getLogicalTypeAnnotation()
                        instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i
                && !i.isSigned();
    }

    int scale() {
        return ((LogicalTypeAnnotation.DecimalLogicalTypeAnnotation)
                        descriptor.getPrimitiveType().getLogicalTypeAnnotation())
                .getScale();
    }

    /** The text of an {@code int32} or {@code int64} value of this column. */
    String text(long value) {
        if (kind == Kind.DECIMAL) {
            return new BigDecimal(BigInteger.valueOf(value), scale()).toPlainString();
        }
        boolean int32 = descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32;
        if (unsigned()) {
            return int32 ? Integer.toUnsignedString((int) value) : Long.toUnsignedString(value);
        }
        return Long.toString(value);
    }

    /** The text of a binary value of this column. */
    String text(Binary value) {
        if (kind == Kind.DECIMAL) {
            byte[] bytes = value.getBytes();
            return new BigDecimal(bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes), scale()).toPlainString();
        }
        return value.toStringUsingUTF8();
    }
}
