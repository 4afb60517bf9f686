package io.piiscanner.core.read;

import java.io.IOException;
import java.util.Iterator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * ZIP archives (and JAR, WAR, EAR), read from their central directory, so with random access:
 * members in the order they are stored, each decompressed as it is read. Encrypted members and
 * compression methods Commons Compress cannot read are skipped, saying so.
 */
public final class ZipReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final ZipReader INSTANCE = new ZipReader();

    private ZipReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        ZipFile zip =
                ZipFile.builder().setSeekableByteChannel(input.file().channel()).get();
        Iterator<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder().asIterator();
        return new Content() {
            @Override
            public Item next() throws IOException {
                while (entries.hasNext()) {
                    ZipArchiveEntry entry = entries.next();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (entry.getGeneralPurposeBit().usesEncryption()) {
                        return new SkippedEntry(entry.getName(), "encrypted");
                    }
                    if (!zip.canReadEntryData(entry)) {
                        return new SkippedEntry(
                                entry.getName(), "ZIP compression method " + entry.getMethod() + " is not supported");
                    }
                    return new Entry(entry.getName(), input.decompressed(zip.getInputStream(entry)));
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }
}
