package com.execreports.adapter.in.cli;

import com.execreports.application.port.out.HandoffSource;
import com.execreports.application.port.out.KeySource;
import com.execreports.application.port.out.Transport;
import com.execreports.engine.ConfigurationException;

/**
 * The command line's way to the AWS adapters; SDK clients are built only when an s3:, ssm: or
 * ses option asks for them, so the local path never pays for them.
 */
final class AwsWiring {
    HandoffSource handoffSource(String location) {
        throw new ConfigurationException("--data " + location + ": S3 sources are not available in this build");
    }

    KeySource keySource(String location) {
        throw new ConfigurationException("--env " + location + ": SSM keys are not available in this build");
    }

    Transport sesTransport(KeySource keys) {
        throw new ConfigurationException("--transport ses is not available in this build");
    }
}
