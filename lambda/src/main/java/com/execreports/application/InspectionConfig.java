package com.execreports.application;

import com.execreports.domain.ConfigurationException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a run inspects the AWS account, and by which tag it assigns resources to entities. The
 * deployment sets it in the function's environment; the configuration keys (SPEC §4 style, e.g.
 * SSM parameters) override it, so an operator can turn it on or off without a deploy.
 *
 * @param tagKey the tag whose value names a resource's entity
 */
public record InspectionConfig(boolean enabled, String tagKey) {
    /**
     * AWS tag keys: 1-128 letters, digits, spaces and {@code _ . : / = + - @}; no {@code aws:}
     * prefix. Declared before {@link #OFF}, whose construction checks its tag against it.
     */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} _.:/=+\\-@]{1,128}");

    /** The environment variable and key that turn inspection on or off. */
    public static final String ENABLED = RunKeys.INSPECT_AWS;
    /** The environment variable and key that name the tag. */
    public static final String TAG_KEY = RunKeys.INSPECT_TAG_KEY;
    public static final String DEFAULT_TAG_KEY = "entity";
    public static final InspectionConfig OFF = new InspectionConfig(false, DEFAULT_TAG_KEY);

    public InspectionConfig {
        if (tagKey == null || !TAG.matcher(tagKey).matches() || tagKey.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            throw new ConfigurationException(TAG_KEY + ": '" + tagKey + "' is not a tag key (1-128 letters, digits,"
                    + " spaces and _ . : / = + - @, not starting with aws:)");
        }
    }

    /** The deployment's setting: the environment's values, else off with tag {@value #DEFAULT_TAG_KEY}. */
    public static InspectionConfig fromEnvironment(Map<String, String> env) {
        // the deployment uses the keys' names for its variables, so they are read the same way
        return OFF.withKeys(new RunKeys("the environment", env));
    }

    /** This setting, overridden by what the keys set (SSM parameters, an env file). */
    public InspectionConfig withKeys(RunKeys keys) {
        return new InspectionConfig(keys.value(ENABLED).map(InspectionConfig::flag).orElse(enabled),
                keys.value(TAG_KEY).orElse(tagKey));
    }

    /** The same, turned on (the command line's {@code --inspect}). */
    public InspectionConfig on() {
        return new InspectionConfig(true, tagKey);
    }

    private static boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(ENABLED + ": '" + value + "' is neither true nor false");
        };
    }
}
