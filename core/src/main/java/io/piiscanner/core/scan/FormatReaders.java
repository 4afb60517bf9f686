package io.piiscanner.core.scan;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.read.DocxReader;
import io.piiscanner.core.read.EmailReader;
import io.piiscanner.core.read.FormatReader;
import io.piiscanner.core.read.FormatRedactor;
import io.piiscanner.core.read.Ole2Reader;
import io.piiscanner.core.read.PdfReader;
import io.piiscanner.core.read.TarReader;
import io.piiscanner.core.read.XlsxReader;
import io.piiscanner.core.read.ZipReader;
import io.piiscanner.core.read.avro.AvroFormatReader;
import io.piiscanner.core.read.parquet.ParquetFormatReader;
import io.piiscanner.core.read.parquet.ParquetRedactor;

/**
 * Where each format's reader is registered: see {@link FormatReader} for how to add one. It lives
 * with the engine, its one user, so that the readers' packages depend on the framework in
 * {@code core.read} and nothing there depends on them.
 */
public final class FormatReaders {

    private FormatReaders() {}

    /**
     * The reader of a format, or {@code null} for a text format (scanned as it is) and for a format
     * that has no reader yet (its inputs are skipped, saying so).
     */
    public static FormatReader forFormat(InputFormat format) {
        return switch (format) {
            case ZIP -> ZipReader.INSTANCE;
            case TAR -> TarReader.INSTANCE;
            case EMAIL -> EmailReader.INSTANCE;
            case PARQUET -> ParquetFormatReader.INSTANCE;
            case AVRO -> AvroFormatReader.INSTANCE;
            case XLSX -> XlsxReader.INSTANCE;
            case DOCX -> DocxReader.INSTANCE;
            case PDF -> PdfReader.INSTANCE;
            case OLE2 -> Ole2Reader.INSTANCE;
            default -> null;
        };
    }

    /** The redactor of a format that is not text, or {@code null} when it cannot be redacted yet. */
    public static FormatRedactor redactorFor(InputFormat format) {
        return format == InputFormat.PARQUET ? ParquetRedactor.INSTANCE : null;
    }
}
