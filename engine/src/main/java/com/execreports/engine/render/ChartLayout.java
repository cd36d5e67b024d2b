package com.execreports.engine.render;

import com.execreports.engine.report.Chart;

/**
 * The size a chart is shown at, in CSS pixels: the HTML template writes it into the img tag (so
 * mail clients reserve the space before the image loads) and {@link ChartRenderer} draws at it.
 * Pure arithmetic, so the text path never loads AWT.
 */
public final class ChartLayout {
    /** The report's 640 px column less its 28 px padding on either side. */
    public static final int WIDTH = 584;
    /** Pixels per CSS pixel in the PNG, for sharp charts on high-density screens and in print. */
    public static final int SCALE = 2;
    private static final int HEIGHT = 260;
    private static final int ROW = 30;
    private static final int HORIZONTAL_CHROME = 70;

    private ChartLayout() {}

    public static int width(Chart chart) {
        return WIDTH;
    }

    /** Fixed for column charts; for horizontal bars, one row per category. */
    public static int height(Chart chart) {
        if (chart.kind() == Chart.Kind.HORIZONTAL_BARS) {
            return Math.max(140, HORIZONTAL_CHROME + ROW * chart.categories().size());
        }
        return HEIGHT;
    }
}
