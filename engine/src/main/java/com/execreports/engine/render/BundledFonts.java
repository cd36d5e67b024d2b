package com.execreports.engine.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one font family of every chart and every PDF: DejaVu Sans (regular and bold), shipped inside
 * the jar ({@code /fonts}, Bitstream Vera licence beside it), so that a report looks the same on a
 * laptop, in CI and on a Lambda whose image has no font at all. It covers Latin (with every
 * accent), Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic (isolated forms, no shaping) and
 * Lao; not CJK, Devanagari or Thai.
 *
 * <p>The entry points ({@code EntryPoint.start}) point the JDK's font configuration
 * ({@code sun.awt.fontconfig}) at {@link #configurationFile()} before anything touches AWT, and
 * {@link #install()}, once per process before the first chart, writes the two fonts and that
 * configuration there: the JDK's font manager then starts from them instead of the machine's
 * fontconfig. Without that, a JDK on a machine without fonts cannot start its font manager at all
 * (Java 17: {@code InternalError "Fontconfig head is null"}; later ones: no fonts). The engine
 * itself sets no system property.
 */
public final class BundledFonts {
    /** The family name charts and PDFs ask for. */
    public static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static final Object LOCK = new Object();
    private static volatile Installed installed;
    private static Path folder;

    /**
     * Where {@link #install()} writes the JDK font configuration naming the bundled fonts (a fresh
     * temporary folder, made once; nothing is written in it yet), or empty when no temporary
     * folder can be made.
     */
    public static java.util.Optional<Path> configurationFile() {
        synchronized (LOCK) {
            try {
                return java.util.Optional.of(folder().resolve("fontconfig.properties"));
            } catch (IOException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        }
    }

    private static Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("exec-reports-fonts");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    /** The fonts as read from the jar, and the AWT fonts parsed from them once. */
    private record Installed(byte[] regular, byte[] bold, Font awtRegular, Font awtBold, String problem) {}

    private BundledFonts() {}

    /**
     * Reads the fonts and sets up AWT, once per process; later calls return at once. Never throws:
     * a problem (no writable temporary folder, a broken graphics stack) is kept and reported by
     * {@link #problem()}, and the charts then fail, and are left out, where they are drawn.
     */
    public static void install() {
        get();
    }

    /** Why the bundled fonts could not be set up for charts, or {@code null} when they were. */
    public static String problem() {
        return get().problem();
    }

    /** The bundled font for charts at this style ({@link Font#PLAIN} or {@link Font#BOLD}) and size. */
    public static Font awt(int style, float size) {
        Installed fonts = get();
        Font base = (style & Font.BOLD) != 0 ? fonts.awtBold() : fonts.awtRegular();
        if (base == null) {
            // set-up failed: the logical font, which may still work where the machine has fonts
            return new Font(Font.SANS_SERIF, style, Math.round(size));
        }
        return base.deriveFont(size);
    }

    /** The regular face's bytes (TrueType), for embedding in a PDF. */
    public static byte[] regularBytes() {
        return get().regular();
    }

    /** The bold face's bytes (TrueType), for embedding in a PDF. */
    public static byte[] boldBytes() {
        return get().bold();
    }

    private static Installed get() {
        Installed fonts = installed;
        if (fonts == null) {
            synchronized (LOCK) {
                fonts = installed;
                if (fonts == null) { // folder() is guarded by LOCK too
                    fonts = load();
                    installed = fonts;
                }
            }
        }
        return fonts;
    }

    private static Installed load() {
        byte[] regular = resource(REGULAR);
        byte[] bold = resource(BOLD);
        try {
            Path dir = folder();
            Path regularFile = write(dir.resolve("DejaVuSans.ttf"), regular);
            Path boldFile = write(dir.resolve("DejaVuSans-Bold.ttf"), bold);
            Path config = dir.resolve("fontconfig.properties");
            Files.writeString(config, fontConfiguration(regularFile, boldFile), StandardCharsets.ISO_8859_1);
            config.toFile().deleteOnExit();
            Font awtRegular = Font.createFont(Font.TRUETYPE_FONT, regularFile.toFile());
            Font awtBold = Font.createFont(Font.TRUETYPE_FONT, boldFile.toFile());
            return new Installed(regular, bold, awtRegular, awtBold, null);
        } catch (IOException | FontFormatException | RuntimeException | Error e) {
            // an Error here is the graphics stack's (InternalError, AWTError, a missing native library):
            // the PDFs still get their fonts, charts are left out where they are drawn
            return new Installed(regular, bold, null, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * A JDK font configuration ({@code fontconfig.properties} format) in which every logical font
     * (SansSerif, Serif, Dialog…) in every style is the bundled DejaVu Sans, bold for the bold styles.
     */
    static String fontConfiguration(Path regular, Path bold) {
        List<String> lines = new ArrayList<>();
        lines.add("version=1");
        for (String logical : List.of("serif", "sansserif", "monospaced", "dialog", "dialoginput")) {
            lines.add(logical + ".plain.latin-1=DejaVu Sans");
            lines.add(logical + ".italic.latin-1=DejaVu Sans");
            lines.add(logical + ".bold.latin-1=DejaVu Sans Bold");
            lines.add(logical + ".bolditalic.latin-1=DejaVu Sans Bold");
        }
        lines.add("sequence.allfonts=latin-1");
        lines.add("filename.DejaVu_Sans=" + escape(regular));
        lines.add("filename.DejaVu_Sans_Bold=" + escape(bold));
        return String.join("\n", lines) + "\n";
    }

    /** A path as a properties value: backslashes (Windows) and non-ASCII escaped. */
    private static String escape(Path path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toAbsolutePath().toString().toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }
}
