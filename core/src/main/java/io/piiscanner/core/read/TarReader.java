package io.piiscanner.core.read;

import java.io.IOException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * TAR archives (POSIX, GNU and PAX), streamed: each regular file is an entry; directories, links
 * and devices hold no data and are passed over.
 */
public final class TarReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final TarReader INSTANCE = new TarReader();

    private TarReader() {}

    @Override
    public Content open(ReaderInput input) {
        TarArchiveInputStream tar = new TarArchiveInputStream(input.stream());
        return new Content() {
            @Override
            public Item next() throws IOException {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    if (entry.isFile()) {
                        return new Entry(entry.getName(), new NonClosing(tar));
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                tar.close();
            }
        };
    }
}
