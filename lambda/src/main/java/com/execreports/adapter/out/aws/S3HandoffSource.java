package com.execreports.adapter.out.aws;

import com.execreports.application.port.out.HandoffSource;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Handoffs and {@code reports.yml} under an S3 prefix. Sizes come from the listing, so a caller can
 * refuse an oversized file before its body is fetched. Keys ending in '/' (the console's "folders")
 * are not files and are left out.
 */
public final class S3HandoffSource implements HandoffSource {
    /** ListObjectsV2's own maximum page size. */
    static final int DEFAULT_PAGE_SIZE = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int pageSize;

    public S3HandoffSource(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, DEFAULT_PAGE_SIZE);
    }

    /** With a smaller listing page, so tests reach the second page without a thousand objects. */
    S3HandoffSource(S3Client s3, String bucket, String prefix, int pageSize) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = S3Prefixes.asFolder(prefix);
        this.pageSize = pageSize;
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public List<SourceFile> list() throws IOException {
        try {
            return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).maxKeys(pageSize))
                    .contents().stream()
                    .filter(o -> !o.key().endsWith("/"))
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
        try {
            return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
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
