package io.piiscanner.core.read;

import java.io.FilterInputStream;
import java.io.InputStream;

/** A stream whose closing leaves the stream under it open: an archive member read from the archive's stream. */
final class NonClosing extends FilterInputStream {

    NonClosing(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // The archive stays open for its next member.
    }
}
