package io.piiscanner.s3;

import java.util.Iterator;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ObjectStorageClass;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists the objects under an S3 prefix, page by page, in key order (S3 lists keys in UTF-8
 * binary order, so a listing is the same from run to run).
 */
public final class S3ObjectLister {

    /** Storage classes whose objects cannot be read until they are restored. */
    private static final Set<ObjectStorageClass> ARCHIVED =
            Set.of(ObjectStorageClass.GLACIER, ObjectStorageClass.DEEP_ARCHIVE);

    /** The most keys S3 returns in one page. */
    private static final int MAX_PAGE = 1000;

    private final S3Client s3;
    private final int pageSize;

    public S3ObjectLister(S3Client s3) {
        this(s3, MAX_PAGE);
    }

    /** A lister that asks for at most {@code pageSize} keys per request. */
    public S3ObjectLister(S3Client s3, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE + ", got " + pageSize);
        }
        this.s3 = s3;
        this.pageSize = pageSize;
    }

    /** Receives the objects of a listing. */
    public interface Visitor {

        /** An object to scan. */
        void object(S3ObjectRef object, long size);

        /** An object that cannot be scanned, with the reason. */
        void skipped(S3ObjectRef object, String reason);
    }

    /**
     * Checks that the location can be listed: a missing bucket, missing credentials or a denied
     * listing fail here, before anything is scanned.
     *
     * @throws S3AccessException naming the location and the problem
     */
    public void checkAccess(S3Uri location) {
        try {
            s3.listObjectsV2(request(location).maxKeys(1).build());
        } catch (SdkException e) {
            throw new S3AccessException(location + ": " + S3Errors.describe(e), e);
        }
    }

    /**
     * Reports every object under the location in key order. Zero-byte keys ending in {@code /}
     * are folder markers made by consoles, not content, and are left out.
     *
     * @throws S3AccessException when a page cannot be listed
     */
    public void list(S3Uri location, Visitor visitor) {
        Iterator<S3Object> objects;
        try {
            objects = s3.listObjectsV2Paginator(
                            request(location).maxKeys(pageSize).build())
                    .contents()
                    .iterator();
            while (objects.hasNext()) {
                S3Object o = objects.next();
                long size = o.size() == null ? 0 : o.size();
                if (o.key().endsWith("/") && size == 0) {
                    continue;
                }
                S3ObjectRef ref = new S3ObjectRef(location.bucket(), o.key(), null);
                if (o.storageClass() != null && ARCHIVED.contains(o.storageClass())) {
                    visitor.skipped(ref, "archived in " + o.storageClassAsString() + "; restore it to scan");
                } else {
                    visitor.object(ref, size);
                }
            }
        } catch (SdkException e) {
            throw new S3AccessException(location + ": " + S3Errors.describe(e), e);
        }
    }

    private static ListObjectsV2Request.Builder request(S3Uri location) {
        ListObjectsV2Request.Builder b = ListObjectsV2Request.builder().bucket(location.bucket());
        return location.prefix().isEmpty() ? b : b.prefix(location.prefix());
    }
}
