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

    public static final String ENABLED = "INSPECT_AWS";
    public static final String TAG_KEY = "INSPECT_TAG_KEY";
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
        return OFF.withKeys(env);
    }

    /** This setting, overridden by the keys that {@code keys} sets (SSM parameters, an env file). */
    public InspectionConfig withKeys(Map<String, String> keys) {
        String on = set(keys.get(ENABLED));
        String tag = set(keys.get(TAG_KEY));
        return new InspectionConfig(on == null ? enabled : flag(on), tag == null ? tagKey : tag);
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

    private static String set(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
