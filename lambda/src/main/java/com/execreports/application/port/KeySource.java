package com.execreports.application.port;

import java.io.IOException;
import java.util.Map;

/**
 * Configuration keys of SPEC §4 (sender, recipients, audit BCC): an env file locally, SSM
 * Parameter Store on AWS. Values may be secret: implementations never log or echo them.
 */
public interface KeySource {
    /** Where keys come from, for messages: a file path or {@code ssm:/prefix/}. */
    String describe();

    /** Every key and its value. */
    Map<String, String> load() throws IOException;

    /** Keys already read, handed on without a second read (SSM is read once per run). */
    static KeySource loaded(String location, Map<String, String> values) {
        return new Loaded(location, values);
    }

    /** See {@link #loaded}. */
    record Loaded(String location, Map<String, String> values) implements KeySource {
        public Loaded {
            values = Map.copyOf(values);
        }

        @Override
        public String describe() {
            return location;
        }

        @Override
        public Map<String, String> load() {
            return values;
        }
    }
}
