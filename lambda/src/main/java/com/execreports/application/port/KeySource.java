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

    /** Every key and its value; a run reads them once, as {@code RunKeys}. */
    Map<String, String> load() throws IOException;
}
