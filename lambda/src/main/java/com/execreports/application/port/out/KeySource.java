package com.execreports.application.port.out;

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
}
