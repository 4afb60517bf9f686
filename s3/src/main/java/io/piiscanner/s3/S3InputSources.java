package io.piiscanner.s3;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.InputSource;
import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Makes engine inputs of S3 objects. The object is streamed from a GetObject response as the
 * engine reads it, never held whole in memory; its format is recognised from its content with its
 * key as a hint, as for files. Formats that need random access (ZIP) read it with ranged GETs
 * ({@link S3RangedInput}).
 */
public final class S3InputSources {

    private S3InputSources() {}

    /**
     * An object as an input named {@code s3://bucket/key}.
     *
     * @param format the format to read it in, or {@code null} to recognise it
     */
    public static InputSource of(S3Client s3, S3ObjectRef object, InputFormat format) {
        return of(s3, object, null, format);
    }

    /**
     * An object as an input named {@code s3://bucket/key}, read only if its ETag is still
     * {@code etag}: in an unversioned bucket, the content scanned is then the content whose ETag
     * was recorded, and an overwrite in between fails the read instead of mislabelling it.
     *
     * @param etag   the ETag the object must have, or {@code null} for any
     * @param format the format to read it in, or {@code null} to recognise it
     */
    public static InputSource of(S3Client s3, S3ObjectRef object, String etag, InputFormat format) {
        GetObjectRequest.Builder request =
                GetObjectRequest.builder().bucket(object.bucket()).key(object.key());
        if (object.versionId() != null) {
            request.versionId(object.versionId());
        }
        if (etag != null) {
            request.ifMatch(etag.startsWith("\"") ? etag : "\"" + etag + "\"");
        }
        GetObjectRequest get = request.build();
        return new InputSource(
                object.uri(),
                () -> {
                    try {
                        return new SdkErrorsAsIo(s3.getObject(get));
                    } catch (SdkException e) {
                        // An I/O error to the engine's callers: an object deleted between listing and
                        // reading is skipped like a vanished file, not fatal.
                        throw new IOException(S3Errors.describe(e), e);
                    }
                },
                format,
                () -> new S3RangedInput(s3, get));
    }

    /**
     * Reports the SDK's unchecked errors while streaming, such as a checksum mismatch at the end
     * of the object, as the I/O errors they are; closed before its end (the engine read an
     * archive's start, then went on with ranged GETs), it aborts the GET rather than drain it.
     */
    private static final class SdkErrorsAsIo extends FilterInputStream {

        private final ResponseInputStream<?> response;
        private boolean ended;

        SdkErrorsAsIo(ResponseInputStream<?> in) {
            super(in);
            this.response = in;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                ended |= b < 0;
                return b;
            } catch (SdkException e) {
                throw new IOException(S3Errors.describe(e), e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                ended |= n < 0;
                return n;
            } catch (SdkException e) {
                throw new IOException(S3Errors.describe(e), e);
            }
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                response.abort();
            }
            super.close();
        }
    }
}
