package com.execreports.adapter.outbound.aws;

import com.execreports.adapter.outbound.LedgerJson;
import com.execreports.application.port.Ledger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The delivery ledger in S3: {@code s3://bucket/<prefix><period>/<id>.json}, created with
 * {@code If-None-Match: *} and replaced with {@code If-Match: <ETag>}, so that two runs can never
 * both believe they own a report (S3 answers 412 Precondition Failed, or 409 for a write racing
 * another conditional write on the same key).
 */
public final class S3Ledger implements Ledger {
    public static final String DEFAULT_PREFIX = "ledger/";
    /** Where provider message ids are indexed, beside the period folders. */
    static final String MESSAGES = "messages/";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Ledger(S3Client s3, String bucket, String prefix) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = S3Prefixes.asFolder(prefix == null ? DEFAULT_PREFIX : prefix);
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    String key(String period, String reportId) {
        return prefix + period + "/" + com.execreports.domain.ReportFiles.ledgerEntry(reportId);
    }

    @Override
    public Optional<Versioned> read(String period, String reportId) throws IOException {
        String key = key(period, reportId);
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            return Optional.of(new Versioned(LedgerJson.read(object.asByteArray(), describe() + period + "/" + reportId), object.response().eTag()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "read the ledger entry", location(key), e);
        }
    }

    @Override
    public Optional<String> create(String period, String reportId, Entry entry) throws IOException {
        String key = key(period, reportId);
        return put(key, entry, null);
    }

    @Override
    public Optional<String> replace(String period, String reportId, Entry entry, String version) throws IOException {
        return put(key(period, reportId), entry, Objects.requireNonNull(version, "version"));
    }

    private Optional<String> put(String key, Entry entry, String ifMatch) throws IOException {
        try {
            PutObjectResponse response = s3.putObject(r -> {
                r.bucket(bucket).key(key).contentType("application/json");
                if (ifMatch == null) {
                    r.ifNoneMatch("*");
                } else {
                    r.ifMatch(ifMatch);
                }
            }, RequestBody.fromBytes(LedgerJson.write(entry)));
            return Optional.of(response.eTag());
        } catch (AwsServiceException e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return Optional.empty();
            }
            throw S3Failures.describe(bucket, "write the ledger entry", location(key), e);
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "write the ledger entry", location(key), e);
        }
    }

    @Override
    public List<Listed> list(String period) throws IOException {
        if (!Ledger.PERIOD.matcher(period).matches()) {
            return List.of();
        }
        String folder = prefix + period + "/";
        List<Listed> listed = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(folder)).contents()) {
                String name = object.key().substring(folder.length());
                if (name.endsWith(".json") && !name.contains("/")) {
                    String id = name.substring(0, name.length() - 5);
                    read(period, id).ifPresent(v -> listed.add(new Listed(id, v)));
                }
            }
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "list the ledger", location(folder), e);
        }
        listed.sort(java.util.Comparator.comparing(Listed::reportId));
        return listed;
    }

    @Override
    public List<String> periods() throws IOException {
        List<String> periods = new ArrayList<>();
        try {
            for (CommonPrefix p : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).delimiter("/"))
                    .commonPrefixes()) {
                String name = p.prefix().substring(prefix.length()).replace("/", "");
                if (Ledger.PERIOD.matcher(name).matches()) {
                    periods.add(name);
                }
            }
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "list the ledger", location(prefix), e);
        }
        periods.sort(null);
        return periods;
    }

    @Override
    public void index(String providerMessageId, Ref entry) throws IOException {
        if (providerMessageId == null || !Ledger.INDEXABLE.matcher(providerMessageId).matches()) {
            return;
        }
        String key = prefix + MESSAGES + providerMessageId + ".json";
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/json"),
                    RequestBody.fromBytes(LedgerJson.writeRef(entry)));
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "index the ledger entry", location(key), e);
        }
    }

    @Override
    public Optional<Ref> find(String providerMessageId) throws IOException {
        if (providerMessageId == null || !Ledger.INDEXABLE.matcher(providerMessageId).matches()) {
            return Optional.empty();
        }
        String key = prefix + MESSAGES + providerMessageId + ".json";
        try {
            return Optional.of(LedgerJson.readRef(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw S3Failures.describe(bucket, "read the ledger index", location(key), e);
        }
    }

    private String location(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
