package org.lantern.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A chart drawn on the server: as SVG for the page and as vector graphics in the PDF, always with
 * a title, a one-sentence description and the same figures as a table for people who cannot see it.
 */
public final class Chart {

    private final String key;
    private final String title;
    private final String description;
    private final double width;
    private final double height;
    private final List<String> headers;
    private final List<List<String>> rows;
    private final Consumer<ChartCanvas> drawing;

    Chart(String key, String title, String description, double width, double height, List<String> headers,
          List<List<String>> rows, Consumer<ChartCanvas> drawing) {
        this.key = key;
        this.title = title;
        this.description = description;
        this.width = width;
        this.height = height;
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
        this.drawing = drawing;
    }

    /** A short name, unique within a report, e.g. {@code themes}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Column headings of the table alternative. */
    public List<String> headers() {
        return headers;
    }

    /** Rows of the table alternative. */
    public List<List<String>> rows() {
        return rows;
    }

    /** The chart as one {@code <svg>} element with role="img", a title and a description. */
    public String svg() {
        SvgCanvas canvas = new SvgCanvas();
        drawing.accept(canvas);
        return canvas.svg("chart-" + key, title, description, width, height);
    }

    void draw(ChartCanvas canvas) {
        drawing.accept(canvas);
    }
}
