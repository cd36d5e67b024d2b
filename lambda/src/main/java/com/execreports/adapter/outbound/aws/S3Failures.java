package com.execreports.adapter.outbound.aws;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** S3 failures as {@link IOException}s whose message says what was being done where. */
final class S3Failures {
    private S3Failures() {}

    static IOException describe(String bucket, String action, String location, SdkException e) {
        if (e instanceof NoSuchBucketException) {
            return new IOException("S3 bucket '" + bucket + "' does not exist (cannot " + action + " " + location + ")", e);
        }
        if (e instanceof AwsServiceException aws && aws.statusCode() == 403) {
            return new IOException("access denied: cannot " + action + " " + location + " ("
                    + aws.awsErrorDetails().errorCode() + ")", e);
        }
        String detail = e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                ? aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage()
                : e.getMessage();
        return new IOException("cannot " + action + " " + location + ": " + detail, e);
    }
}
