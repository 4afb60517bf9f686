package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ExtraFieldUtils;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.Zip64ExtendedInformationExtraField;
import org.apache.commons.compress.archivers.zip.ZipEightByteInteger;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipShort;

/**
 * A ZIP archive's central directory, read one record at a time through a small buffer, so that
 * memory does not grow with the number of members it declares. Hand-written because Commons
 * Compress' {@code ZipFile} reads the whole directory into memory (about 300 bytes a member) before
 * it returns the first member, and has no way to walk it record by record; the extra fields of a
 * record (ZIP64 sizes and offset, a Unicode path) are still parsed by Commons Compress.
 *
 * <p>Every size and offset is checked against the archive's length before it is used; a
 * directory that cannot be read is a {@link CorruptInputException} with a one-line reason.
 */
final class CentralDirectory {

    /** One member as the directory declares it. */
    record Member(String name, int flags, int method, long compressedSize, long localHeaderOffset) {

        boolean isDirectory() {
            return name.endsWith("/");
        }

        boolean encrypted() {
            return (flags & 1) != 0;
        }
    }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int RECORD_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END_LENGTH = 56;
    private static final int RECORD_LENGTH = 46;
    private static final int MAX_COMMENT = 0xffff;
    private static final long MAX_32 = 0xffffffffL;
    private static final int UTF8_FLAG = 1 << 11;

    private final long size;
    private final InputStream records;
    private final byte[] fixed = new byte[RECORD_LENGTH];
    private int index;

    private CentralDirectory(RandomAccessInput file, long size, long offset) {
        this.size = size;
        this.records = new RandomAccessStream(file, offset, size);
    }

    /** The directory of the archive in {@code file}, found from its end records. */
    static CentralDirectory of(RandomAccessInput file) throws IOException {
        long size = file.size();
        int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        byte[] tail = new byte[tailLength];
        readFully(file, size - tailLength, tail, tailLength);
        int end = tailLength - END_LENGTH;
        while (end >= 0 && ZipLong.getValue(tail, end) != END_SIGNATURE) {
            end--;
        }
        if (end < 0) {
            throw new CorruptInputException("corrupt ZIP archive: no end of central directory record");
        }
        long endPosition = size - tailLength + end;
        long offset = ZipLong.getValue(tail, end + 16);
        if (endPosition >= ZIP64_LOCATOR_LENGTH) {
            byte[] locator = new byte[ZIP64_LOCATOR_LENGTH];
            readFully(file, endPosition - ZIP64_LOCATOR_LENGTH, locator, locator.length);
            if (ZipLong.getValue(locator, 0) == ZIP64_LOCATOR_SIGNATURE) {
                offset = zip64DirectoryOffset(file, size, ZipEightByteInteger.getLongValue(locator, 8));
            }
        }
        if (offset < 0 || offset > endPosition) {
            throw new CorruptInputException("corrupt ZIP archive: the central directory lies outside the archive");
        }
        return new CentralDirectory(file, size, offset);
    }

    private static long zip64DirectoryOffset(RandomAccessInput file, long size, long recordPosition)
            throws IOException {
        if (recordPosition < 0 || recordPosition > size - ZIP64_END_LENGTH) {
            throw new CorruptInputException("corrupt ZIP archive: the ZIP64 end record lies outside the archive");
        }
        byte[] record = new byte[ZIP64_END_LENGTH];
        readFully(file, recordPosition, record, record.length);
        if (ZipLong.getValue(record, 0) != ZIP64_END_SIGNATURE) {
            throw new CorruptInputException("corrupt ZIP archive: no ZIP64 end of central directory record");
        }
        return ZipEightByteInteger.getLongValue(record, 48);
    }

    /** The next member, {@code null} after the last. */
    Member next() throws IOException {
        if (!readRecordHeader()) {
            return null;
        }
        byte[] name = readField(ZipShort.getValue(fixed, 28));
        byte[] extra = readField(ZipShort.getValue(fixed, 30));
        skipField(ZipShort.getValue(fixed, 32));
        int flags = ZipShort.getValue(fixed, 8);
        long compressedSize = ZipLong.getValue(fixed, 20);
        long offset = ZipLong.getValue(fixed, 42);
        ZipExtraField[] fields = extraFields(extra);
        Zip64ExtendedInformationExtraField zip64 = find(fields, Zip64ExtendedInformationExtraField.class);
        if (zip64 != null) {
            try {
                zip64.reparseCentralDirectoryData(
                        ZipLong.getValue(fixed, 24) == MAX_32,
                        compressedSize == MAX_32,
                        offset == MAX_32,
                        ZipShort.getValue(fixed, 34) == 0xffff);
            } catch (ZipException e) {
                throw damaged("its ZIP64 extra field is damaged");
            }
            if (compressedSize == MAX_32) {
                compressedSize = zip64.getCompressedSize().getLongValue();
            }
            if (offset == MAX_32) {
                offset = zip64.getRelativeHeaderOffset().getLongValue();
            }
        }
        if (compressedSize < 0 || compressedSize > size || offset < 0 || offset > size) {
            throw damaged("it declares a size or offset past the end of the archive");
        }
        return new Member(decodeName(name, flags, fields), flags, ZipShort.getValue(fixed, 10), compressedSize, offset);
    }

    /** False when the directory ends: the next bytes are not a directory record. */
    private boolean readRecordHeader() throws IOException {
        int n = records.readNBytes(fixed, 0, 4);
        if (n < 4 || ZipLong.getValue(fixed, 0) != RECORD_SIGNATURE) {
            return false;
        }
        index++;
        if (records.readNBytes(fixed, 4, RECORD_LENGTH - 4) < RECORD_LENGTH - 4) {
            throw truncated();
        }
        return true;
    }

    private byte[] readField(int length) throws IOException {
        byte[] field = records.readNBytes(length);
        if (field.length < length) {
            throw truncated();
        }
        return field;
    }

    private void skipField(int length) throws IOException {
        if (records.skip(length) < length) {
            throw truncated();
        }
    }

    private ZipExtraField[] extraFields(byte[] extra) throws CorruptInputException {
        if (extra.length == 0) {
            return new ZipExtraField[0];
        }
        try {
            return ExtraFieldUtils.parse(extra, false, ExtraFieldUtils.UnparseableExtraField.READ);
        } catch (ZipException | RuntimeException e) {
            throw damaged("its extra fields are damaged");
        }
    }

    /**
     * UTF-8, as Commons Compress reads names by default; a Unicode path extra field replaces a
     * name not flagged as UTF-8 when it was written for that very name (its CRC matches).
     */
    private static String decodeName(byte[] name, int flags, ZipExtraField[] fields) {
        UnicodePathExtraField unicode = find(fields, UnicodePathExtraField.class);
        if ((flags & UTF8_FLAG) == 0 && unicode != null && unicode.getUnicodeName() != null) {
            CRC32 crc = new CRC32();
            crc.update(name);
            if (crc.getValue() == unicode.getNameCRC32()) {
                return new String(unicode.getUnicodeName(), StandardCharsets.UTF_8);
            }
        }
        return new String(name, StandardCharsets.UTF_8);
    }

    private static <T> T find(ZipExtraField[] fields, Class<T> type) {
        for (ZipExtraField field : fields) {
            if (type.isInstance(field)) {
                return type.cast(field);
            }
        }
        return null;
    }

    private CorruptInputException damaged(String why) {
        return new CorruptInputException("corrupt ZIP archive: central directory record " + index + ": " + why);
    }

    private CorruptInputException truncated() {
        return new CorruptInputException("truncated ZIP archive: central directory record " + index + " is cut short");
    }

    static void readFully(RandomAccessInput file, long position, byte[] buf, int length) throws IOException {
        if (!file.readFully(position, buf, 0, length)) {
            throw new CorruptInputException("truncated ZIP archive");
        }
    }
}
