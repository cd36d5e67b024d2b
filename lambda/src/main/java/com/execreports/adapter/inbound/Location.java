package com.execreports.adapter.inbound;

import com.execreports.adapter.outbound.aws.AwsLocations;
import java.nio.file.Path;

/**
 * Where one part of a run lives: on this machine, or in AWS. The command line chooses per part
 * ({@code --data}, {@code --env}, {@code --outbox}); a function has everything in AWS.
 */
public sealed interface Location {
    /** A folder (handoffs, archive, ledger) or a file (an env file's keys) on this machine. */
    record Local(Path path, String shown) implements Location {
        public Local(Path path) {
            this(path, path.toString());
        }
    }

    /** An S3 bucket and a key prefix, empty or ending with '/'. */
    record S3(String bucket, String prefix) implements Location {}

    /** An SSM parameter path ending with '/': every parameter under it is a key. */
    record Ssm(String path) implements Location {}

    /** {@code s3://BUCKET/PREFIX}, else a local path. */
    static Location dataOrFolder(String location) {
        if (AwsLocations.isS3(location)) {
            AwsLocations.S3Location s3 = AwsLocations.s3(location);
            return new S3(s3.bucket(), s3.prefix());
        }
        return new Local(Path.of(location), location);
    }

    /** {@code ssm:/PREFIX/}, else an env file. */
    static Location keys(String location) {
        return AwsLocations.isSsm(location) ? new Ssm(AwsLocations.ssm(location)) : new Local(Path.of(location), location);
    }
}
