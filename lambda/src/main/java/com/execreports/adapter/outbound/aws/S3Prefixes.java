package com.execreports.adapter.outbound.aws;

/** Key prefixes as folders: no leading '/', and a trailing '/' unless the prefix is the whole bucket. */
final class S3Prefixes {
    private S3Prefixes() {}

    static String asFolder(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }
}
