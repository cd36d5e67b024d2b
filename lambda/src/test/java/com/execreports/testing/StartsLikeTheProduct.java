package com.execreports.testing;

import com.execreports.adapter.inbound.EntryPoint;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets up the test JVM the way the command line and the handlers set up theirs
 * ({@link EntryPoint#start()}: headless AWT, the bundled fonts as the JDK's font configuration)
 * before a test class runs. Registered through {@code META-INF/services} and switched on only in
 * the no-system-fonts run (Maven profile {@code no-system-fonts}), where nothing else would.
 */
public final class StartsLikeTheProduct implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        EntryPoint.start();
    }
}
