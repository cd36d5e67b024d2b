package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.HandoffSource;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Handoffs and {@code reports.yml} under an S3 prefix. Sizes come from the listing, so a caller can
 * refuse an oversized file before its body is fetched. Keys ending in '/' (the console's "folders")
 * are not files and are left out. Given a {@link HandoffBodyCache}, bodies whose ETag is unchanged
 * since they were cached are not fetched again.
 */
public final class S3HandoffSource implements HandoffSource {
    /** ListObjectsV2's own maximum page size. */
    static final int DEFAULT_PAGE_SIZE = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int pageSize;
    private final HandoffBodyCache cache;
    /** Key → ETag from this source's last listing: only what it listed may come from the cache. */
    private final Map<String, String> listed = new ConcurrentHashMap<>();

    public S3HandoffSource(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, DEFAULT_PAGE_SIZE, null);
    }

    /**
     * One run's source whose bodies come from {@code cache} when the listing shows them unchanged.
     * Build one per run: a file read before this source's own listing is always fetched.
     */
    public S3HandoffSource(S3Client s3, String bucket, String prefix, HandoffBodyCache cache) {
        this(s3, bucket, prefix, DEFAULT_PAGE_SIZE, Objects.requireNonNull(cache, "cache"));
    }

    /** With a smaller listing page, so tests reach the second page without a thousand objects. */
    S3HandoffSource(S3Client s3, String bucket, String prefix, int pageSize) {
        this(s3, bucket, prefix, pageSize, null);
    }

    private S3HandoffSource(S3Client s3, String bucket, String prefix, int pageSize, HandoffBodyCache cache) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = S3Prefixes.asFolder(prefix);
        this.pageSize = pageSize;
        this.cache = cache;
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public List<SourceFile> list() throws IOException {
        try {
            List<S3Object> objects = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).maxKeys(pageSize))
                    .contents().stream()
                    .filter(o -> !o.key().endsWith("/"))
                    .toList();
            if (cache != null) {
                listed.clear();
                objects.stream().filter(o -> o.eTag() != null).forEach(o -> listed.put(o.key(), o.eTag()));
            }
            return objects.stream()
                    .map(o -> new SourceFile(o.key().substring(prefix.length()), o.size()))
                    .sorted(Comparator.comparing(SourceFile::path))
                    .toList();
        } catch (SdkException e) {
            throw failure("list", describe(), e);
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        String key = prefix + path;
        String etag = listed.get(key);
        byte[] cached = etag == null ? null : cache.get(key, etag);
        if (cached != null) {
            return cached;
        }
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            if (etag != null) {
                cache.put(key, object.response().eTag(), object.asByteArray());
            }
            return object.asByteArray();
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("s3://" + bucket + "/" + key);
        } catch (SdkException e) {
            throw failure("read", "s3://" + bucket + "/" + key, e);
        }
    }

    private IOException failure(String action, String location, SdkException e) {
        return S3Failures.describe(bucket, action, location, e);
    }
}
