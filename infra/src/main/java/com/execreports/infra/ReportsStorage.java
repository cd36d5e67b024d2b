package com.execreports.infra;

import java.util.List;
import java.util.Optional;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The bucket holding handoffs, archive and ledger: either created here (encrypted, versioned, private,
 * TLS-only, access-logged, with a lifecycle on the archive) or an existing one imported by name, whose
 * settings then stay its owner's business.
 */
final class ReportsStorage extends Construct {

    private static final double MINIMUM_TLS_VERSION = 1.2;
    private static final int INCOMPLETE_UPLOAD_DAYS = 7;

    private final IBucket bucket;
    private final Optional<Bucket> accessLogsBucket;

    ReportsStorage(Construct scope, String id, ExecReportsConfig config) {
        super(scope, id);
        if (config.bucketName().isPresent()) {
            this.accessLogsBucket = Optional.empty();
            this.bucket = Bucket.fromBucketName(this, "Bucket", config.bucketName().get());
        } else {
            Bucket logs = accessLogs(config);
            this.accessLogsBucket = Optional.of(logs);
            this.bucket = reports(config, logs);
        }
    }

    IBucket bucket() {
        return bucket;
    }

    /** Present only when the stack created the reports bucket. */
    Optional<Bucket> accessLogsBucket() {
        return accessLogsBucket;
    }

    private Bucket reports(ExecReportsConfig config, Bucket logs) {
        return Bucket.Builder.create(this, "Bucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .minimumTlsVersion(MINIMUM_TLS_VERSION)
                .versioned(true)
                .serverAccessLogsBucket(logs)
                .serverAccessLogsPrefix("reports-bucket/")
                // handoffs and sent reports are business records: deleting the stack keeps them
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(archiveRetention(config), versionHousekeeping()))
                .build();
    }

    /**
     * Archived reports expire after archiveRetentionDays. No storage-class transitions: the objects are
     * a few kilobytes, and S3 bills infrequent-access objects as at least 128 KB, so a transition would
     * cost more than it saves.
     */
    private static LifecycleRule archiveRetention(ExecReportsConfig config) {
        return LifecycleRule.builder()
                .id("archive-retention")
                .prefix(config.archivePrefix())
                .expiration(Duration.days(config.archiveRetentionDays()))
                .build();
    }

    /**
     * Versioning keeps every overwritten handoff and ledger entry; those old versions (and the archive's
     * once expired) are kept for {@link ExecReportsConfig#NONCURRENT_VERSION_DAYS} to undo a mistake, then
     * removed, as are the delete markers left behind and abandoned multipart uploads.
     */
    private static LifecycleRule versionHousekeeping() {
        return LifecycleRule.builder()
                .id("version-housekeeping")
                .noncurrentVersionExpiration(Duration.days(ExecReportsConfig.NONCURRENT_VERSION_DAYS))
                .expiredObjectDeleteMarker(true)
                .abortIncompleteMultipartUploadAfter(Duration.days(INCOMPLETE_UPLOAD_DAYS))
                .build();
    }

    /** Server access logs of the reports bucket (S3 delivers them with SSE-S3 only). */
    private Bucket accessLogs(ExecReportsConfig config) {
        return Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .minimumTlsVersion(MINIMUM_TLS_VERSION)
                .removalPolicy(RemovalPolicy.RETAIN)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("access-log-retention")
                        .expiration(Duration.days(config.logRetentionDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(INCOMPLETE_UPLOAD_DAYS))
                        .build()))
                .build();
    }
}
