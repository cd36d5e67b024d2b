package com.execreports.application;

import com.execreports.application.port.KeySource;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration keys of one run (SPEC §4: an env file locally, SSM on AWS), read once at the
 * edge and handed on as a {@link KeySource} that reads nothing again: SSM costs a request per ten
 * keys, and every part of a run (sender, region, transport, inspection) must see the same values.
 * Every key name the application and its adapters read is declared here; values may be secret, so
 * nothing here repeats one in a message.
 *
 * @param source where the keys came from, for messages: a file path or {@code ssm:/prefix/}
 * @param values every key and its value, as read
 */
public record RunKeys(String source, Map<String, String> values) implements KeySource {
    public static final String SENDER = "SES_SENDER_ADDRESS";
    public static final String SES_REGION = "SES_REGION";
    public static final String AUDIT_BCC = "AUDIT_BCC_ADDRESS";
    /** Overrides the deployment's configuration set of the same (environment variable) name. */
    public static final String CONFIGURATION_SET = "SES_CONFIGURATION_SET";
    /** On AWS: {@code ses} (the default) or {@code smtp}; the command line says it with {@code --transport}. */
    public static final String TRANSPORT = "TRANSPORT";
    public static final String INSPECT_AWS = "INSPECT_AWS";
    public static final String INSPECT_TAG_KEY = "INSPECT_TAG_KEY";
    public static final String SMTP_HOST = "SMTP_HOST";
    public static final String SMTP_PORT = "SMTP_PORT";
    public static final String SMTP_USERNAME = "SMTP_USERNAME";
    public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
    public static final String SMTP_TLS = "SMTP_TLS";
    public static final String SMTP_MAX_PER_SECOND = "SMTP_MAX_PER_SECOND";

    public RunKeys {
        values = Map.copyOf(values);
    }

    /** Reads {@code keys}; keys already read are handed on as they are. */
    public static RunKeys read(KeySource keys) throws IOException {
        if (keys instanceof RunKeys read) {
            return read;
        }
        return keys instanceof Once once ? once.read() : new RunKeys(keys.describe(), keys.load());
    }

    /**
     * {@code keys} read at their first use and never again. A run reads its keys when something
     * first needs them (the transport for its SES region, else the preflight), so a run that fails
     * before that reads nothing, and one that goes on reads them once.
     */
    public static KeySource once(KeySource keys) {
        return keys instanceof RunKeys || keys instanceof Once ? keys : new Once(keys);
    }

    private static final class Once implements KeySource {
        private final KeySource keys;
        private RunKeys read;

        Once(KeySource keys) {
            this.keys = keys;
        }

        synchronized RunKeys read() throws IOException {
            if (read == null) {
                read = new RunKeys(keys.describe(), keys.load());
            }
            return read;
        }

        @Override
        public String describe() {
            return keys.describe();
        }

        @Override
        public Map<String, String> load() throws IOException {
            return read().values();
        }
    }

    /** The value as written, or {@code null}: for checks that tell a blank value from a missing one. */
    public String raw(String key) {
        return values.get(key);
    }

    /** The value without surrounding blanks; empty when the key is missing or blank. */
    public Optional<String> value(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The SES region ({@value #SES_REGION}); empty: the function's (or profile's) own region. */
    public Optional<String> sesRegion() {
        return value(SES_REGION);
    }

    /** The SES configuration set the keys name ({@value #CONFIGURATION_SET}); empty: the deployment's. */
    public Optional<String> configurationSet() {
        return value(CONFIGURATION_SET);
    }

    /** The transport the keys name ({@value #TRANSPORT}), as written. */
    public Optional<String> transport() {
        return value(TRANSPORT);
    }

    @Override
    public String describe() {
        return source;
    }

    @Override
    public Map<String, String> load() {
        return values;
    }

    @Override
    public String toString() {
        // the values may be secret: never in a log line or a debugger's summary
        return "RunKeys[" + source + ", " + values.size() + " keys]";
    }
}
