package com.execreports.domain;

/**
 * reports.yml, configuration or command-line input that makes a run impossible (exit 2). Thrown
 * before anything is delivered; the message names the file and line where there is one, and never
 * carries a configuration value that could be secret.
 */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
