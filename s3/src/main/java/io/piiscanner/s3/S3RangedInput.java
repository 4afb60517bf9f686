package io.piiscanner.s3;

import io.piiscanner.core.read.RandomAccessInput;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

/**
 * An S3 object read at any position with ranged GETs, never whole: what a ZIP's central directory
 * or a Parquet footer needs. Reads that follow each other share one GET, streamed from the
 * position of the first to the end of the object and dropped (aborted, not drained) when a read
 * goes elsewhere; the last {@value #TAIL} bytes, where such formats keep their directory, are
 * fetched once and kept. So a ZIP archive costs a HEAD, a GET for its tail, and about one GET per
 * member. The version or ETag of the request pins the content all along.
 */
public final class S3RangedInput implements RandomAccessInput {

    /** Bytes at the end of the object fetched once: a ZIP's end record with the longest comment fits. */
    static final int TAIL = 1 << 16;

    private final S3Client s3;
    private final GetObjectRequest request;
    private long size = -1;
    private byte[] tail;
    private long tailStart;
    private ResponseInputStream<GetObjectResponse> stream;
    private long streamAt;
    private long gets;

    /** @param request the object's GetObject request: bucket, key, and the version or ETag to pin */
    public S3RangedInput(S3Client s3, GetObjectRequest request) {
        this.s3 = s3;
        this.request = request;
    }

    @Override
    public long size() throws IOException {
        if (size < 0) {
            HeadObjectRequest.Builder head = HeadObjectRequest.builder()
                    .bucket(request.bucket())
                    .key(request.key())
                    .versionId(request.versionId())
                    .ifMatch(request.ifMatch());
            try {
                Long length = s3.headObject(head.build()).contentLength();
                size = length == null ? 0 : length;
            } catch (SdkException e) {
                throw new IOException(S3Errors.describe(e), e);
            }
        }
        return size;
    }

    @Override
    public int read(long position, byte[] buf, int off, int len) throws IOException {
        long size = size();
        if (position >= size) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        if (position >= size - TAIL) {
            return readTail(position, buf, off, len);
        }
        if (stream == null || position != streamAt) {
            open(position);
        }
        try {
            int n = stream.read(buf, off, (int) Math.min(len, size - position));
            if (n < 0) {
                throw new IOException("the object ended before its size");
            }
            streamAt += n;
            return n;
        } catch (SdkException e) {
            throw new IOException(S3Errors.describe(e), e);
        }
    }

    private int readTail(long position, byte[] buf, int off, int len) throws IOException {
        if (tail == null) {
            tailStart = Math.max(0, size - TAIL);
            try (InputStream in = get(tailStart, size - 1)) {
                tail = in.readAllBytes();
            } catch (SdkException e) {
                throw new IOException(S3Errors.describe(e), e);
            }
        }
        int at = (int) (position - tailStart);
        int n = Math.min(len, tail.length - at);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(tail, at, buf, off, n);
        return n;
    }

    private void open(long position) throws IOException {
        drop();
        try {
            stream = get(position, size - 1);
        } catch (SdkException e) {
            throw new IOException(S3Errors.describe(e), e);
        }
        streamAt = position;
    }

    private ResponseInputStream<GetObjectResponse> get(long first, long last) {
        gets++;
        return s3.getObject(
                request.toBuilder().range("bytes=" + first + "-" + last).build());
    }

    /** How many GET requests this input has sent. */
    long gets() {
        return gets;
    }

    /** Stops the current GET without reading the rest of it. */
    private void drop() {
        if (stream != null) {
            stream.abort();
            stream = null;
        }
    }

    @Override
    public void close() {
        drop();
    }
}
