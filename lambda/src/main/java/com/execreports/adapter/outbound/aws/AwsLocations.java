package com.execreports.adapter.outbound.aws;

import com.execreports.domain.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** The command line's {@code s3://BUCKET/PREFIX} and {@code ssm:/PREFIX/} locations. */
public final class AwsLocations {
    // S3's bucket naming rules, so a typo fails here and not as a puzzling SDK error
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern SSM_PATH = Pattern.compile("(/[A-Za-z0-9_.-]+)*/");

    /** An S3 bucket and a key prefix; the prefix is empty or ends with '/'. */
    public record S3Location(String bucket, String prefix) {
        @Override
        public String toString() {
            return "s3://" + bucket + "/" + prefix;
        }
    }

    private AwsLocations() {}

    public static boolean isS3(String location) {
        return location.startsWith("s3://");
    }

    public static boolean isSsm(String location) {
        return location.startsWith("ssm:");
    }

    /** {@code s3://bucket/handoffs/} → bucket {@code bucket}, prefix {@code handoffs/}. */
    public static S3Location s3(String location) {
        URI uri = uri(location);
        String bucket = uri.getAuthority();
        if (!"s3".equals(uri.getScheme()) || bucket == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new ConfigurationException(location + ": expected s3://BUCKET/PREFIX");
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw new ConfigurationException(location + ": '" + bucket + "' is not a valid S3 bucket name");
        }
        return new S3Location(bucket, S3Prefixes.asFolder(uri.getPath()));
    }

    /** {@code ssm:/exec-reports/} → the parameter path {@code /exec-reports/} (trailing '/' added). */
    public static String ssm(String location) {
        URI uri = uri(location);
        String path = uri.getPath();
        if (!"ssm".equals(uri.getScheme()) || uri.getAuthority() != null || path == null || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new ConfigurationException(location + ": expected ssm:/PREFIX/ (a parameter path)");
        }
        String folder = path.endsWith("/") ? path : path + "/";
        if (!SSM_PATH.matcher(folder).matches()) {
            throw new ConfigurationException(location + ": '" + path + "' is not an SSM parameter path");
        }
        return folder;
    }

    private static URI uri(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(location + ": not a valid location (" + e.getReason() + ")");
        }
    }
}
