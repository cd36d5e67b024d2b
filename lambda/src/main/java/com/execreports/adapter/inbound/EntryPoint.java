package com.execreports.adapter.inbound;

import com.execreports.engine.render.BundledFonts;
import java.util.Map;

/**
 * What every entry point does first: the command line's {@code main} and each Lambda handler's
 * runtime constructor. Only the classes of {@code adapter.inbound} read the process environment or
 * set a system property (an ArchUnit rule keeps it so); everything below is handed what it needs.
 */
public final class EntryPoint {
    private EntryPoint() {}

    /**
     * Sets {@code java.awt.headless} unless the command line set it (charts are drawn with AWT, and
     * there is no display on a server, in CI or on Lambda; it must be set before AWT's first use),
     * points the JDK's font configuration at the bundled fonts ({@link BundledFonts}), and returns
     * the process environment.
     */
    public static Map<String, String> start() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // every chart in the jar's own font, whatever fonts the machine has (none on Lambda):
        // the JDK's font manager reads this configuration when the first chart is drawn
        if (System.getProperty(FONT_CONFIGURATION) == null) {
            BundledFonts.configurationFile().ifPresent(f -> System.setProperty(FONT_CONFIGURATION, f.toString()));
        }
        return System.getenv();
    }

    /** The JDK's font configuration file (fontconfig.properties format); a caller's own is kept. */
    static final String FONT_CONFIGURATION = "sun.awt.fontconfig";
}
