package io.piiscanner.core.format;

/** Consumes an input's bytes in order, a slice at a time, to track where in the input it is. */
public interface ByteConsumer {
    void consume(byte[] buf, int from, int to);
}
