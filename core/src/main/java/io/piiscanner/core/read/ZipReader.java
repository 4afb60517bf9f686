package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.archivers.zip.ZipShort;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * ZIP archives (and JAR, WAR, EAR), read with random access: the central directory a record at a
 * time ({@link CentralDirectory}), and each member, in the directory's order, decompressed from its
 * local header as it is read. Memory does not grow with the number of members. Encrypted members
 * and compression methods Commons Compress cannot read are skipped, saying so.
 */
public final class ZipReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final ZipReader INSTANCE = new ZipReader();

    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_LENGTH = 30;

    private ZipReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        RandomAccessInput file = input.file();
        CentralDirectory directory;
        try {
            directory = CentralDirectory.of(file);
        } catch (IOException e) {
            file.close();
            throw e;
        }
        return new Content() {
            /** The member last returned, closed when the next is asked for: it may hold an inflater. */
            private InputStream member;

            @Override
            public Item next() throws IOException {
                closeMember();
                for (CentralDirectory.Member m = directory.next(); m != null; m = directory.next()) {
                    if (m.isDirectory()) {
                        continue;
                    }
                    if (m.encrypted()) {
                        return new SkippedEntry(m.name(), "encrypted");
                    }
                    InputStream data = data(file, m);
                    if (data == null) {
                        return new SkippedEntry(m.name(), "ZIP compression method " + m.method() + " is not supported");
                    }
                    member = data;
                    return new Entry(m.name(), input.decompressed(data));
                }
                return null;
            }

            private void closeMember() throws IOException {
                if (member != null) {
                    member.close();
                    member = null;
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    closeMember();
                } finally {
                    file.close();
                }
            }
        };
    }

    /**
     * A member's decompressed bytes, read no further than the compressed size the directory
     * declares; {@code null} when Commons Compress cannot decompress it. A stored member is its
     * bytes, a bzip2 one is read by Commons Compress' bzip2 stream; any other by its
     * {@link ZipArchiveInputStream} from its local header, which is what the directory's record
     * does not repeat. Only implode and shrink members (PKZIP 1's methods) written with a data
     * descriptor are then beyond it.
     */
    private static InputStream data(RandomAccessInput file, CentralDirectory.Member m) throws IOException {
        long size = file.size();
        long header = m.localHeaderOffset();
        byte[] local = new byte[LOCAL_LENGTH];
        if (header > size - LOCAL_LENGTH) {
            throw new CorruptInputException("truncated ZIP archive: a member's local header lies past its end");
        }
        CentralDirectory.readFully(file, header, local, LOCAL_LENGTH);
        if (ZipLong.getValue(local, 0) != LOCAL_SIGNATURE) {
            throw new CorruptInputException("corrupt ZIP archive: no local header where the directory says");
        }
        long start = header + LOCAL_LENGTH + ZipShort.getValue(local, 26) + ZipShort.getValue(local, 28);
        long end = start + m.compressedSize();
        if (end > size) {
            throw new CorruptInputException("truncated ZIP archive: a member's data runs past its end");
        }
        if (m.method() == ZipEntry.STORED) {
            return new RandomAccessStream(file, start, end);
        }
        if (m.method() == ZipMethod.BZIP2.getCode()) {
            // Read directly: ZipArchiveInputStream refuses bzip2 with a data descriptor, sizes unknown to it.
            return new BZip2CompressorInputStream(new RandomAccessStream(file, start, end));
        }
        ZipArchiveInputStream zip = new ZipArchiveInputStream(new RandomAccessStream(file, header, end));
        ZipArchiveEntry entry = zip.getNextEntry();
        if (!zip.canReadEntryData(entry)) {
            zip.close();
            return null;
        }
        return zip;
    }
}
