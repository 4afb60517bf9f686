package io.piiscanner.core.read;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Archives and compressed streams written by the libraries themselves, for tests. */
public final class Archives {

    private Archives() {}

    /** Entries in the order given. */
    public static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            entries.put((String) nameThenContent[i], content instanceof String s ? utf8(s) : (byte[]) content);
        }
        return entries;
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, Zip64Mode.AsNeeded);
    }

    /** A ZIP archive with ZIP64 records and extra fields, whatever its size. */
    public static byte[] zip64(Map<String, byte[]> entries) {
        return zip(entries, Zip64Mode.Always);
    }

    private static byte[] zip(Map<String, byte[]> entries, Zip64Mode zip64) {
        return write(out -> {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                zip.setUseZip64(zip64);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeArchiveEntry();
                }
            }
        });
    }

    public static byte[] tar(Map<String, byte[]> entries) {
        return write(out -> {
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    if (e.getKey().endsWith("/")) {
                        tar.putArchiveEntry(new TarArchiveEntry(e.getKey()));
                    } else {
                        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                        entry.setSize(e.getValue().length);
                        tar.putArchiveEntry(entry);
                        tar.write(e.getValue());
                    }
                    tar.closeArchiveEntry();
                }
            }
        });
    }

    public static byte[] gzip(byte[] content) {
        return write(out -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(content);
            }
        });
    }

    public static byte[] bzip2(byte[] content) {
        return write(out -> {
            try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out)) {
                bz.write(content);
            }
        });
    }

    public static byte[] xz(byte[] content) {
        return write(out -> {
            try (XZCompressorOutputStream xz = new XZCompressorOutputStream(out)) {
                xz.write(content);
            }
        });
    }

    public static byte[] zstd(byte[] content) {
        return write(out -> {
            try (ZstdOutputStream zstd = new ZstdOutputStream(out)) {
                zstd.write(content);
            }
        });
    }

    /** {@code depth} ZIP archives, each the only member of the next, the innermost holding {@code name}. */
    public static byte[] nestedZips(int depth, String name, byte[] content) {
        byte[] bytes = zip(entries(name, content));
        for (int level = depth - 1; level >= 1; level--) {
            bytes = zip(entries("level" + level + ".zip", bytes));
        }
        return bytes;
    }

    /**
     * A ZIP archive whose members are marked encrypted, as a password-protected one's are (bit 0 of
     * their flags, in local and central headers); their data is then unreadable without a password.
     */
    public static byte[] encrypted(byte[] zip) {
        byte[] b = zip.clone();
        for (int i = 0; i + 4 <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                b[i + 6] |= 1;
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 8] |= 1;
            }
        }
        return b;
    }

    /**
     * {@code zip} with {@code directories} more records in its central directory, before its own:
     * directories named {@code d/}, each 48 bytes, as many as the archive declares (its 16-bit
     * count wraps, as some writers let it). Reading the whole directory at once takes memory in
     * proportion to {@code directories}; reading it a record at a time does not.
     */
    public static byte[] withDirectoryRecords(byte[] zip, int directories) {
        int end = zip.length - 22;
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int directorySize = in.getInt(end + 12);
        int directoryOffset = in.getInt(end + 16);
        int count = in.getShort(end + 10) & 0xffff;
        byte[] name = utf8("d/");
        ByteBuffer record = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
        record.position(28);
        record.putShort((short) name.length);
        record.position(46);
        record.put(name);
        int added = directories * record.capacity();
        ByteBuffer out = ByteBuffer.allocate(zip.length + added).order(ByteOrder.LITTLE_ENDIAN);
        out.put(zip, 0, directoryOffset);
        for (int i = 0; i < directories; i++) {
            out.put(record.array());
        }
        out.put(zip, directoryOffset, zip.length - directoryOffset);
        int newEnd = end + added;
        out.putShort(newEnd + 8, (short) (count + directories));
        out.putShort(newEnd + 10, (short) (count + directories));
        out.putInt(newEnd + 12, directorySize + added);
        return out.array();
    }

    /**
     * A ZIP archive of one member compressed with bzip2 and written as a streaming writer does:
     * its local header has no sizes, a data descriptor after its data has them.
     */
    public static byte[] bzip2WithDataDescriptor(String name, byte[] content) {
        byte[] n = utf8(name);
        byte[] data = bzip2(content);
        CRC32 crc = new CRC32();
        crc.update(content);
        int flags = 1 << 3 | 1 << 11;
        int localLength = 30 + n.length + data.length + 16;
        ByteBuffer b = ByteBuffer.allocate(localLength + 46 + n.length + 22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 46).putShort((short) flags).putShort((short) 12);
        b.putInt(0).putInt(0).putInt(0).putInt(0).putShort((short) n.length).putShort((short) 0);
        b.put(n).put(data);
        b.putInt(0x08074b50).putInt((int) crc.getValue()).putInt(data.length).putInt(content.length);
        b.putInt(0x02014b50).putShort((short) 46).putShort((short) 46).putShort((short) flags);
        b.putShort((short) 12)
                .putInt(0)
                .putInt((int) crc.getValue())
                .putInt(data.length)
                .putInt(content.length);
        b.putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        b.putShort((short) 0).putInt(0).putInt(0).put(n);
        b.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 1)
                .putShort((short) 1);
        b.putInt(46 + n.length).putInt(localLength).putShort((short) 0);
        return b.array();
    }

    /** The first {@code fraction} of the bytes. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** Writes to a byte array. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
