package com.execreports.adapter.outbound.aws;

import com.execreports.adapter.outbound.LedgerJson;
import com.execreports.application.port.Ledger;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The delivery ledger in S3: {@code s3://bucket/<prefix><period>/<id>.json}, created with
 * {@code If-None-Match: *} and replaced with {@code If-Match: <ETag>}, so that two runs can never
 * both believe they own a report (S3 answers 412 Precondition Failed, or 409 for a write racing
 * another conditional write on the same key).
 */
public final class S3Ledger implements Ledger {
    public static final String DEFAULT_PREFIX = "ledger/";

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

    private String location(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
