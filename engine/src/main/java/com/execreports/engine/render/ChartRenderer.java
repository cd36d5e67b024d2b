package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Marker;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Style;
import com.execreports.engine.report.Chart.Tone;
import com.pngencoder.PngEncoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link Chart} to PNG with JFreeChart, headless (the entry points set
 * {@code java.awt.headless}; the engine sets no system property), in the jar's own font
 * ({@link BundledFonts}): flat bars in fixed colours, no title
 * (the HTML shows it), a legend when there is more than one series. The picture shows exactly the
 * chart's series and markers; {@link #toJFreeChart} is public so tests can read the drawn data back.
 */
public final class ChartRenderer {
    static {
        // the jar's own font, read and set up once, before AWT's first use (see BundledFonts)
        BundledFonts.install();
    }

    /** The colour of each tone; none of them is used by the report's own HTML, so tests can find charts by colour. */
    public static final Map<Tone, Color> COLOURS = colours();
    private static final Color GRID = new Color(0xE5E7EB);
    private static final Color TEXT = new Color(0x374151);
    private static final Font TICKS = BundledFonts.awt(Font.PLAIN, 12f);
    private static final Font LABELS = BundledFonts.awt(Font.PLAIN, 12f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final Shape DOT = new Ellipse2D.Double(-4, -4, 8, 8);

    private static Map<Tone, Color> colours() {
        Map<Tone, Color> map = new EnumMap<>(Tone.class);
        map.put(Tone.PRIMARY, new Color(0x0E7C86));
        map.put(Tone.SECONDARY, new Color(0x8E6BBF));
        map.put(Tone.ALERT, new Color(0xD1495B));
        map.put(Tone.WARNING, new Color(0xEE8434));
        map.put(Tone.CAUTION, new Color(0xEDAE49));
        map.put(Tone.MUTED, new Color(0x8C9BAB));
        map.put(Tone.FAINT, new Color(0xD5DBE2));
        map.put(Tone.INK, new Color(0x1F2937));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The PNG, {@link ChartLayout#SCALE} times the size it is shown at. */
    public byte[] png(Chart chart) {
        return encode(image(chart));
    }

    /** The picture {@link #png} encodes. */
    public BufferedImage image(Chart chart) {
        int width = ChartLayout.width(chart);
        int height = ChartLayout.height(chart);
        BufferedImage image = new BufferedImage(width * ChartLayout.SCALE, height * ChartLayout.SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(ChartLayout.SCALE, ChartLayout.SCALE);
            toJFreeChart(chart).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * PNG without row filters at zlib level 3, on the calling thread. ImageIO's writer tries every
     * row filter on every row: 22 ms a chart on C1 against 7 ms here, for files about 14 % larger
     * (docs/benchmarks.md, "Issue 14"). Level 4 and up cost twice the time; filters cost four times.
     */
    static byte[] encode(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(3)
                // the render pool is the parallelism; the encoder's own threads would compete with it
                .withMultiThreadedCompressionEnabled(false)
                .toBytes();
    }

    /** The JFreeChart that {@link #png} draws: bar series in dataset 0, line series in dataset 1. */
    public JFreeChart toJFreeChart(Chart chart) {
        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(chart.kind() == Chart.Kind.HORIZONTAL_BARS ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL);
        plot.setDomainAxis(domainAxis(chart));
        NumberAxis range = rangeAxis(chart.unit());
        plot.setRangeAxis(range);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        plot.setDataset(0, dataset(chart, Style.BAR));
        plot.setRenderer(0, barRenderer(chart));
        DefaultCategoryDataset lines = dataset(chart, Style.LINE);
        if (lines.getRowCount() > 0) {
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer(chart));
        }
        chart.markers().forEach(m -> addMarker(plot, m));
        boolean withLegend = chart.series().size() > 1 || !chart.markers().isEmpty();
        if (withLegend) {
            plot.setFixedLegendItems(legend(chart));
        }

        JFreeChart jfree = new JFreeChart(null, LABELS, plot, withLegend);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(true);
        jfree.setPadding(new RectangleInsets(4, 2, 2, 8));
        LegendTitle legend = jfree.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(LABELS);
            legend.setItemPaint(TEXT);
        }
        includeMarkers(range, chart.markers());
        return jfree;
    }

    private static DefaultCategoryDataset dataset(Chart chart, Style style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            if (s.style() == style) {
                for (int i = 0; i < chart.categories().size(); i++) {
                    BigDecimal v = s.values().get(i);
                    data.addValue(v, s.name(), chart.categories().get(i));
                }
            }
        }
        return data;
    }

    private static List<Series> series(Chart chart, Style style) {
        return chart.series().stream().filter(s -> s.style() == style).toList();
    }

    private static BarRenderer barRenderer(Chart chart) {
        BarRenderer renderer = chart.kind() == Chart.Kind.STACKED_BARS ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(chart.kind() == Chart.Kind.HORIZONTAL_BARS ? 0.6 : 0.12);
        List<Series> bars = series(chart, Style.BAR);
        for (int i = 0; i < bars.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.get(bars.get(i).tone()));
        }
        if (chart.kind() == Chart.Kind.HORIZONTAL_BARS) {
            // each bar's value at its end, so a 0 reads as 0 rather than as a missing bar
            renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}",
                    valueFormat(chart.unit())));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(LABELS);
            renderer.setDefaultItemLabelPaint(TEXT);
            renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(4);
        }
        return renderer;
    }

    private static LineAndShapeRenderer lineRenderer(Chart chart) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        List<Series> lines = series(chart, Style.LINE);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.get(lines.get(i).tone()));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
            renderer.setSeriesShape(i, DOT);
        }
        return renderer;
    }

    private static CategoryAxis domainAxis(Chart chart) {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarksVisible(false);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        if (chart.kind() == Chart.Kind.HORIZONTAL_BARS) {
            axis.setMaximumCategoryLabelWidthRatio(0.45f);
            // a long label wraps onto a second line instead of losing its end (where the numbers are)
            axis.setMaximumCategoryLabelLines(2);
        } else {
            axis.setMaximumCategoryLabelLines(2);
            // a label may be a little wider than its bars, so that an entity's name wraps between words
            axis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                    new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                            CategoryLabelWidthType.CATEGORY, 1.3f)));
        }
        return axis;
    }

    private static NumberAxis rangeAxis(Chart.Unit unit) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.08);
        switch (unit) {
            case MONEY -> axis.setNumberFormatOverride(new CompactMoney());
            case COUNT -> axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            case PERCENT -> axis.setNumberFormatOverride(new DecimalFormat("0'%'",
                    DecimalFormatSymbols.getInstance(Locale.US)));
        }
        return axis;
    }

    private static NumberFormat valueFormat(Chart.Unit unit) {
        return switch (unit) {
            case MONEY -> new CompactMoney();
            case COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
            case PERCENT -> new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.US));
        };
    }

    private static void addMarker(CategoryPlot plot, Marker m) {
        Color colour = COLOURS.get(m.tone());
        if (m.isLine()) {
            plot.addRangeMarker(new ValueMarker(m.from().doubleValue(), colour, DASHED), Layer.FOREGROUND);
        } else {
            plot.addRangeMarker(new IntervalMarker(m.from().doubleValue(), m.to().doubleValue(), translucent(colour)),
                    Layer.BACKGROUND);
        }
    }

    /**
     * The legend: every series, then every marker with its value, since markers carry no label on
     * the plot (bars would hide it).
     */
    private static LegendItemCollection legend(Chart chart) {
        LegendItemCollection items = new LegendItemCollection();
        for (Series s : chart.series()) {
            Color colour = COLOURS.get(s.tone());
            items.add(s.style() == Style.LINE
                    ? new LegendItem(s.name(), null, null, null, false, DOT, true, colour, false, colour,
                            new BasicStroke(2.5f), true, new Line2D.Double(-7, 0, 7, 0), new BasicStroke(2.5f), colour)
                    : new LegendItem(s.name(), colour));
        }
        for (Marker m : chart.markers()) {
            Color colour = COLOURS.get(m.tone());
            String text = m.label() + " " + (m.isLine() ? chart.unit().format(m.from())
                    : chart.unit().format(m.from()) + "–" + chart.unit().format(m.to()));
            items.add(m.isLine()
                    ? new LegendItem(text, null, null, null, false, DOT, false, colour, false, colour, DASHED, true,
                            new Line2D.Double(-7, 0, 7, 0), DASHED, colour)
                    : new LegendItem(text, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), translucent(colour)));
        }
        return items;
    }

    private static Color translucent(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40);
    }

    /** Auto-ranging ignores markers; a line or band above the data must still be in view. */
    private static void includeMarkers(NumberAxis axis, List<Marker> markers) {
        double top = markers.stream().mapToDouble(m -> m.to().doubleValue()).max().orElse(0);
        if (top > 0 && top * 1.15 > axis.getUpperBound()) {
            axis.setRange(Math.min(0, axis.getLowerBound()), top * 1.15);
        }
    }

    /** $900, $9k, $1.5M: axis labels short enough for a 584 px chart. */
    private static final class CompactMoney extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            double abs = Math.abs(number);
            String sign = number < 0 ? "-" : "";
            DecimalFormat one = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.US));
            if (abs >= 1_000_000) {
                return out.append(sign).append('$').append(one.format(abs / 1_000_000)).append('M');
            } else if (abs >= 1_000) {
                return out.append(sign).append('$').append(one.format(abs / 1_000)).append('k');
            }
            return out.append(sign).append('$').append(one.format(abs));
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("axis labels are never parsed");
        }
    }
}
