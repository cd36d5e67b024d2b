package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.Archive;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** A run's files under {@code s3://bucket/<prefix><period>/<name>}, each with its content type. */
public final class S3Archive implements Archive {
    public static final String DEFAULT_PREFIX = "archive/";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Archive(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = S3Prefixes.asFolder(prefix == null ? DEFAULT_PREFIX : prefix);
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    /** The object key a file is written to. */
    public String key(String period, String name) {
        if (name.isBlank() || name.contains("/") || period.isBlank() || period.contains("/")) {
            throw new IllegalArgumentException("archive period and name must be single path segments");
        }
        return prefix + period + "/" + name;
    }

    @Override
    public void write(String period, String name, byte[] content) throws IOException {
        String key = key(period, name);
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType(name)), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "write", "s3://" + bucket + "/" + key, e);
        }
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".eml")) {
            return "message/rfc822";
        }
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
