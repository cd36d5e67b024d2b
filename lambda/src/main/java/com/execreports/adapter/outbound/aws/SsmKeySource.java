package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.KeySource;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Keys from SSM Parameter Store (SPEC §4): every parameter under a path, recursively, SecureString
 * values decrypted; the key is the parameter name after the path ({@code /exec-reports/SES_REGION}
 * → {@code SES_REGION}, {@code /exec-reports/team/X} → {@code team/X}). Values never appear in a
 * message: errors name the path and the SSM error code only.
 */
public final class SsmKeySource implements KeySource {
    private final SsmClient ssm;
    private final String prefix;

    /** @param prefix a parameter path such as {@code /exec-reports/}; the trailing '/' is optional */
    public SsmKeySource(SsmClient ssm, String prefix) {
        this.ssm = Objects.requireNonNull(ssm, "ssm");
        this.prefix = asPath(prefix);
    }

    private static String asPath(String prefix) {
        String p = prefix.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.endsWith("/") ? p : p + "/";
    }

    @Override
    public String describe() {
        return "ssm:" + prefix;
    }

    @Override
    public Map<String, String> load() throws IOException {
        // the API wants the path without its trailing '/', except for the root
        String path = prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
        Map<String, String> keys = new TreeMap<>();
        try {
            ssm.getParametersByPathPaginator(r -> r.path(path).recursive(true).withDecryption(true)).stream()
                    .flatMap(page -> page.parameters().stream())
                    .forEach(p -> keys.put(p.name().substring(prefix.length()), p.value()));
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
            throw new IOException("cannot read SSM parameters under " + prefix + ": " + code, e);
        } catch (SdkException e) {
            throw new IOException("cannot read SSM parameters under " + prefix + ": " + e.getMessage(), e);
        }
        checkUnique(keys);
        return keys;
    }

    /** Parameter names are case-sensitive in SSM; two that differ only by case make the key ambiguous. */
    private void checkUnique(Map<String, String> keys) {
        Map<String, String> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String key : keys.keySet()) {
            String other = seen.putIfAbsent(key, key);
            if (other != null) {
                throw new com.execreports.domain.ConfigurationException("ssm:" + prefix + ": parameters " + other
                        + " and " + key + " differ only by case; which one is meant is not guessed, delete one");
            }
        }
    }
}
