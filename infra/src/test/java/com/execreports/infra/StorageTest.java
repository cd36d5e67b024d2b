package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/** The bucket: encrypted, versioned, private, TLS-only, access-logged, archive lifecycle; or imported. */
class StorageTest {

    private final Synthesized synth = TestStacks.defaults();

    @Test
    void bucketIsEncryptedVersionedAndPrivate() {
        synth.template().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "BucketKeyEnabled", true,
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "OwnershipControls", Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced"))),
                "LoggingConfiguration", Map.of(
                        "DestinationBucketName", synth.ref(synth.stack().storage().accessLogsBucket().orElseThrow()),
                        "LogFilePrefix", "reports-bucket/")));
    }

    @Test
    void bucketIsKeptWhenTheStackIsDeleted() {
        synth.template().hasResource("AWS::S3::Bucket", Map.of(
                "Properties", Match.objectLike(Map.of("VersioningConfiguration", Map.of("Status", "Enabled"))),
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void bucketRefusesPlainHttpAndOldTls() {
        Object bucket = synth.getAtt(synth.stack().storage().bucket(), "Arn");
        List<Object> bucketAndObjects = List.of(bucket,
                Map.of("Fn::Join", List.of("", List.of(bucket, "/*"))));

        synth.template().hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", synth.ref(synth.stack().storage().bucket()),
                "PolicyDocument", Map.of("Statement", List.of(
                        Map.of("Effect", "Deny", "Principal", Map.of("AWS", "*"), "Action", "s3:*",
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")),
                                "Resource", bucketAndObjects),
                        Map.of("Effect", "Deny", "Principal", Map.of("AWS", "*"), "Action", "s3:*",
                                "Condition", Map.of("NumericLessThan", Map.of("s3:TlsVersion", 1.2)),
                                "Resource", bucketAndObjects)))));
    }

    @Test
    void archiveExpiresAndOldVersionsExpireSooner() {
        synth.template().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Map.of("Rules", List.of(
                        Map.of("Id", "archive-retention", "Status", "Enabled",
                                "Prefix", "archive/", "ExpirationInDays", 730),
                        Map.of("Id", "version-housekeeping", "Status", "Enabled",
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30),
                                "ExpiredObjectDeleteMarker", true,
                                "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7))))));
    }

    @Test
    void archiveRetentionIsAContextValue() {
        Synthesized custom = TestStacks.synth(Map.of("archiveRetentionDays", "3650", "archivePrefix", "sent/"));

        custom.template().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(
                        Map.of("Id", "archive-retention", "Status", "Enabled",
                                "Prefix", "sent/", "ExpirationInDays", 3650))))));
    }

    @Test
    void accessLogsBucketIsPrivateTlsOnlyAndExpiresWithTheLogs() {
        synth.template().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "LifecycleConfiguration", Map.of("Rules", List.of(Map.of(
                        "Id", "access-log-retention", "Status", "Enabled", "ExpirationInDays", 90,
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7))))));
        synth.template().hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", synth.ref(synth.stack().storage().accessLogsBucket().orElseThrow()),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void anExistingBucketIsUsedByNameAndNothingIsCreated() {
        Synthesized imported = TestStacks.synth(Map.of("bucketName", "acme-exec-reports"));

        imported.template().resourceCountIs("AWS::S3::Bucket", 0);
        imported.template().resourceCountIs("AWS::S3::BucketPolicy", 0);
        imported.template().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of("HANDOFF_BUCKET", "acme-exec-reports")))));
        assertThat(PolicyStatements.of(imported).bySid(FunctionPolicy.READ_HANDOFFS).get("Resource"))
                .isEqualTo("arn:aws:s3:::acme-exec-reports/handoffs/*");
    }
}
