package dev.sluice.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a pipeline as SVG that needs nothing but a browser: a row of boxes (origin, processors,
 * destination) joined by arrows, and beneath it the row of the engine's connectors. A pipeline is
 * a chain, so a layout engine would add weight and no insight; the output is plain and tested.
 */
public final class PipelineSvg {
    private static final int BOX_WIDTH = 210;
    private static final int GAP = 46;
    private static final int ROW_HEIGHT = 58;
    private static final int MARGIN = 12;
    private static final int CHARS_PER_LINE = 30;

    private PipelineSvg() {}

    public static String render(PipelinePicture picture) {
        List<String[]> top = new ArrayList<>();
        top.add(new String[] {"origin", picture.origin()});
        picture.processors().forEach(p -> top.add(new String[] {"processor", p}));
        top.add(new String[] {"destination", picture.destination()});
        List<List<String>> connectorLines =
                picture.connectors().stream().map(PipelineSvg::connectorLines).toList();
        int connectorHeight =
                24 + 15 * connectorLines.stream().mapToInt(List::size).max().orElse(1);
        int columns = Math.max(top.size(), picture.connectors().size());
        int width = 2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * GAP;
        int connectorsTop = MARGIN + ROW_HEIGHT + 34;
        int height =
                picture.connectors().isEmpty() ? 2 * MARGIN + ROW_HEIGHT : connectorsTop + connectorHeight + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pipeline\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                width,
                height,
                width,
                height,
                escape("pipeline " + picture.name() + ": " + String.join(" → ", labels(top)))));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");
        for (int i = 0; i < top.size(); i++) {
            int x = MARGIN + i * (BOX_WIDTH + GAP);
            box(svg, x, MARGIN, ROW_HEIGHT, top.get(i)[0], List.of(top.get(i)[1]));
            if (i > 0) {
                arrow(svg, x - GAP, MARGIN + ROW_HEIGHT / 2, x, MARGIN + ROW_HEIGHT / 2);
            }
        }
        for (int i = 0; i < picture.connectors().size(); i++) {
            int x = MARGIN + i * (BOX_WIDTH + GAP);
            box(
                    svg,
                    x,
                    connectorsTop,
                    connectorHeight,
                    "connector " + picture.connectors().get(i).role(),
                    connectorLines.get(i));
            if (i > 0) {
                arrow(svg, x - GAP, connectorsTop + connectorHeight / 2, x, connectorsTop + connectorHeight / 2);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** The connector's class, its topics and its transforms, wrapped to the box's width. */
    private static List<String> connectorLines(PipelinePicture.Connector c) {
        List<String> lines = new ArrayList<>(wrap(simpleName(c.connectorClass())));
        c.topics().forEach(t -> lines.addAll(wrap("topic " + t)));
        c.transforms().forEach(t -> lines.addAll(wrap("· " + t)));
        return lines;
    }

    private static List<String> labels(List<String[]> boxes) {
        return boxes.stream().map(b -> b[1]).toList();
    }

    private static void box(StringBuilder svg, int x, int y, int h, String kind, List<String> lines) {
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>%n",
                escape(kind.split(" ")[0]),
                x,
                y,
                BOX_WIDTH,
                h));
        svg.append(text(x + 8, y + 15, "kind", kind));
        int line = 0;
        for (String l : lines) {
            for (String part : wrap(l)) {
                svg.append(text(x + 8, y + 32 + line * 15, "label", part));
                line++;
            }
        }
        svg.append("</g>\n");
    }

    private static String text(int x, int y, String cls, String content) {
        return String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"%s\">%s</text>%n", x, y, cls, escape(content));
    }

    private static void arrow(StringBuilder svg, int x1, int y1, int x2, int y2) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" stroke-width=\"2\" "
                        + "marker-end=\"url(#arrow)\"/>%n",
                x1 + 2,
                y1,
                x2 - 2,
                y2));
    }

    /** Lines of at most {@value #CHARS_PER_LINE} characters, broken after separators where possible. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > CHARS_PER_LINE) {
            int cut = Math.max(
                    Math.max(rest.lastIndexOf(' ', CHARS_PER_LINE), rest.lastIndexOf('.', CHARS_PER_LINE)),
                    rest.lastIndexOf(',', CHARS_PER_LINE));
            cut = cut <= 0 ? CHARS_PER_LINE : cut + 1;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    private static String simpleName(String connectorClass) {
        return connectorClass == null ? "?" : connectorClass.substring(connectorClass.lastIndexOf('.') + 1);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
