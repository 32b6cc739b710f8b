import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the load-scaling chart of bench/scale.sh: per-document load cost (ms per document) against corpus size
 * (log-scale x axis), one line for our loader and one for Jena's tdb2.tdbloader loading the same quads.
 * JDK only (Java2D + ImageIO). Columns are found by name in the CSV header; "NA" values are left out.
 * Usage: java -Djava.awt.headless=true bench/Chart.java scale.csv load-cost.png
 */
public class Chart {
    static final int W = 1200, H = 760;
    static final int LEFT = 110, RIGHT = 50, TOP = 130, BOTTOM = 100;
    static final Color OURS = new Color(0x1F, 0x6F, 0xB4), REF = new Color(0xE3, 0x6C, 0x0A);
    static final Color TEXT = new Color(0x22, 0x22, 0x22), MUTED = new Color(0x66, 0x66, 0x66),
            GRID = new Color(0xE6, 0xE6, 0xE6), AXIS = new Color(0x88, 0x88, 0x88);

    record Series(String name, Color color, boolean square, double[] x, double[] y) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/Chart.java scale.csv out.png");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int docs = column(header, "docs"), ours = column(header, "ours_ms_per_doc"), ref = column(header, "tdbloader_ms_per_doc");
        List<double[]> o = new ArrayList<>(), r = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            double n = number(f[docs]);
            if (Double.isNaN(n) || n <= 0) continue;
            if (!Double.isNaN(number(f[ours]))) o.add(new double[] {n, number(f[ours])});
            if (!Double.isNaN(number(f[ref]))) r.add(new double[] {n, number(f[ref])});
        }
        List<Series> series = List.of(series("ours: load --store (extract, validate, write TDB2)", OURS, false, o),
                series("tdb2.tdbloader (the same quads, Jena's default loader)", REF, true, r));
        BufferedImage img = draw(series);
        Path out = Path.of(args[1]);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        System.err.println("Wrote " + out);
    }

    static BufferedImage draw(List<Series> series) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);

        int px0 = LEFT, px1 = W - RIGHT, py0 = TOP, py1 = H - BOTTOM;
        // x: log10, always at least 100 .. 10,000 documents; y: linear from 0 to a round maximum.
        double xmin = 100, xmax = 10_000, ymax = 0;
        for (Series s : series)
            for (int i = 0; i < s.x().length; i++) {
                xmin = Math.min(xmin, s.x()[i]);
                xmax = Math.max(xmax, s.x()[i]);
                ymax = Math.max(ymax, s.y()[i]);
            }
        double lx0 = Math.log10(xmin) - 0.08, lx1 = Math.log10(xmax) + 0.08;
        double step = niceStep(ymax <= 0 ? 1 : ymax * 1.12 / 6);
        double ytop = Math.max(step, Math.ceil(ymax * 1.12 / step) * step);
        java.util.function.DoubleUnaryOperator sx = v -> px0 + (Math.log10(v) - lx0) / (lx1 - lx0) * (px1 - px0);
        java.util.function.DoubleUnaryOperator sy = v -> py1 - v / ytop * (py1 - py0);

        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 26), sub = new Font(Font.SANS_SERIF, Font.PLAIN, 16),
                tick = new Font(Font.SANS_SERIF, Font.PLAIN, 15), label = new Font(Font.SANS_SERIF, Font.PLAIN, 17),
                legend = new Font(Font.SANS_SERIF, Font.PLAIN, 16), value = new Font(Font.SANS_SERIF, Font.BOLD, 14);

        // Title and subtitle.
        g.setColor(TEXT);
        g.setFont(title);
        g.drawString("Load cost per document vs corpus size", px0, 48);
        g.setColor(MUTED);
        g.setFont(sub);
        g.drawString("Wall time per document (JVM start-up included), same heap and disk; tdb2.tdbloader loads the quads our load wrote",
                px0, 76);

        // Horizontal grid and y ticks.
        g.setFont(tick);
        FontMetrics fm = g.getFontMetrics();
        for (double v = 0; v <= ytop + step / 1000; v += step) {
            double y = sy.applyAsDouble(v);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(px0, y, px1, y));
            g.setColor(TEXT);
            String s = format(v, step);
            g.drawString(s, px0 - 12 - fm.stringWidth(s), (float) (y + fm.getAscent() / 2.0 - 2));
        }
        // Vertical grid: decades (labelled) and 2..9 of each decade (light).
        for (int d = (int) Math.floor(lx0); d <= (int) Math.ceil(lx1); d++) {
            for (int m = 1; m <= 9; m++) {
                double v = m * Math.pow(10, d), lv = Math.log10(v);
                if (lv < lx0 || lv > lx1) continue;
                double x = sx.applyAsDouble(v);
                g.setColor(m == 1 ? GRID.darker() : GRID);
                g.setStroke(m == 1 ? new BasicStroke(1f) : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
                g.draw(new Line2D.Double(x, py0, x, py1));
                g.setColor(AXIS);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(new Line2D.Double(x, py1, x, py1 + (m == 1 ? 8 : 4)));
                if (m == 1) {
                    g.setColor(TEXT);
                    String s = String.format(Locale.ENGLISH, "%,d", Math.round(v));
                    g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), py1 + 12 + fm.getAscent());
                }
            }
        }
        // Axes.
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(px0, py1, px1, py1));
        g.draw(new Line2D.Double(px0, py0, px0, py1));
        g.setColor(TEXT);
        g.setFont(label);
        FontMetrics lm = g.getFontMetrics();
        String xl = "Corpus size (documents, log scale)";
        g.drawString(xl, (float) ((px0 + px1) / 2.0 - lm.stringWidth(xl) / 2.0), H - 34);
        String yl = "Load cost (ms per document)";
        Graphics2D gy = (Graphics2D) g.create();
        gy.rotate(-Math.PI / 2);
        gy.drawString(yl, (float) (-(py0 + py1) / 2.0 - lm.stringWidth(yl) / 2.0), 36f);
        gy.dispose();

        // Lines, markers and values.
        Shape clip = g.getClip();
        g.setClip(new Rectangle2D.Double(px0 - 10, py0 - 30, px1 - px0 + 20, py1 - py0 + 40));
        for (Series s : series) {
            int n = s.x().length;
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                double x = sx.applyAsDouble(s.x()[i]), y = sy.applyAsDouble(s.y()[i]);
                if (i == 0) path.moveTo(x, y); else path.lineTo(x, y);
            }
            g.setColor(s.color());
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            for (int i = 0; i < n; i++) {
                double x = sx.applyAsDouble(s.x()[i]), y = sy.applyAsDouble(s.y()[i]);
                marker(g, s, x, y);
            }
        }
        g.setClip(clip);
        g.setFont(value);
        FontMetrics vm = g.getFontMetrics();
        for (Series s : series) {
            Series other = series.get(0) == s ? series.get(1) : series.get(0);
            for (int i = 0; i < s.x().length; i++) {
                double x = sx.applyAsDouble(s.x()[i]), y = sy.applyAsDouble(s.y()[i]);
                // The label goes above the point when this series is the higher one here, below otherwise.
                boolean above = true;
                for (int j = 0; j < other.x().length; j++)
                    if (other.x()[j] == s.x()[i] && other.y()[j] > s.y()[i]) above = false;
                String t = format(s.y()[i], s.y()[i] >= 100 ? 1 : 0.1) + " ms";
                float tx = (float) (x - vm.stringWidth(t) / 2.0);
                float ty = (float) (above ? y - 14 : y + 14 + vm.getAscent());
                if (ty + vm.getDescent() > py1 - 2) { // no room below, near the x axis: to the right of the point
                    tx = (float) (x + 14);
                    ty = (float) (y + vm.getAscent() / 2.0 - 1);
                }
                g.setColor(new Color(255, 255, 255, 220));
                g.fill(new Rectangle2D.Double(tx - 3, ty - vm.getAscent(), vm.stringWidth(t) + 6, vm.getAscent() + vm.getDescent()));
                g.setColor(s.color().darker());
                g.drawString(t, tx, ty);
            }
        }

        // Legend, between the subtitle and the plot.
        g.setFont(legend);
        FontMetrics gm = g.getFontMetrics();
        float lx = px0;
        for (Series s : series) {
            double y = 106;
            g.setColor(s.color());
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(lx, y, lx + 36, y));
            marker(g, s, lx + 18, y);
            g.setColor(TEXT);
            g.drawString(s.name(), lx + 46, (float) (y + gm.getAscent() / 2.0 - 2));
            lx += 46 + gm.stringWidth(s.name()) + 40;
        }
        g.dispose();
        return img;
    }

    static void marker(Graphics2D g, Series s, double x, double y) {
        double r = 6.5;
        Shape m = s.square() ? new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r) : new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.fill(m);
        g.setColor(s.color());
        g.setStroke(new BasicStroke(2.5f));
        g.draw(m);
    }

    static Series series(String name, Color c, boolean square, List<double[]> points) {
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Series(name, c, square, points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray());
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw))), f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
    }

    static String format(double v, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ENGLISH, "%,." + decimals + "f", v);
    }

    static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column '" + name + "' in " + header);
        return i;
    }

    static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
