package fr.maillage.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the méta-réseau snapshot (instantané du méta-réseau) as an SVG for the printed report.
 *
 * <p>The layout is Fruchterman-Reingold started from a circle ordered by sector then id, with a
 * fixed number of steps and no randomness: the same network always gives the same picture, so
 * two reports of one territory can be laid side by side.
 */
final class NetworkSvg {

    static final Map<String, String> SECTOR_COLOURS = Map.of(
            "sanitaire", "#c8414f", "medico_social", "#e39b2d", "social", "#1f7a8c");
    private static final int STEPS = 300;
    /** How many of the most linked structures are numbered in the whole méta-réseau's snapshot. */
    static final int LABELLED = 12;
    /** Beyond this many structures a printed page shows a blot: only the most linked are drawn. */
    static final int MAX_DRAWN = 60;

    /**
     * A structure of the drawing; {@code articulation} draws a ring around it, {@code group} (a
     * folded méta-réseau's group of structures of one type) draws it as a square.
     */
    record Node(String id, String name, String sector, boolean articulation, boolean group) {
    }

    record Link(String a, String b, double weight) {
    }

    /**
     * The SVG, how many structures it shows (those with at least one link, at most
     * {@link #MAX_DRAWN}), and the names of the numbered ones, number i at index i - 1.
     */
    record Drawing(String svg, int drawn, List<String> numbered) {
    }

    private NetworkSvg() {
    }

    /**
     * Draws the structures that have at least one link; when there are more than
     * {@link #MAX_DRAWN}, the most linked ones (by degree, then id) and the links between them;
     * the {@code labelled} most linked are numbered.
     */
    static Drawing draw(List<Node> nodes, List<Link> allLinks, int width, int height, int labelled) {
        Map<String, Integer> allDegrees = new HashMap<>();
        for (Link link : allLinks) {
            allDegrees.merge(link.a(), 1, Integer::sum);
            allDegrees.merge(link.b(), 1, Integer::sum);
        }
        java.util.Set<String> shown = nodes.stream().filter(n -> allDegrees.containsKey(n.id()))
                .sorted(Comparator.comparingInt((Node n) -> -allDegrees.get(n.id())).thenComparing(Node::id))
                .limit(MAX_DRAWN).map(Node::id).collect(java.util.stream.Collectors.toSet());
        List<Link> links = allLinks.stream().filter(l -> shown.contains(l.a()) && shown.contains(l.b())).toList();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                width, height, width, height));
        if (shown.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" "
                    + "font-family=\"DejaVu Sans\">Aucun échange entre structures sur la période</text>", width / 2, height / 2));
            return new Drawing(svg.append("</svg>").toString(), 0, List.of());
        }
        List<Node> ordered = nodes.stream().filter(n -> shown.contains(n.id()))
                .sorted(Comparator.comparing((Node n) -> String.valueOf(n.sector())).thenComparing(Node::id)).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).id(), i);
        }
        int[] degree = new int[ordered.size()];
        for (Link link : links) {
            degree[index.get(link.a())]++;
            degree[index.get(link.b())]++;
        }
        double[][] xy = layout(ordered.size(), links, index);
        fit(xy, width, height, 70, 24);
        double maxWeight = links.stream().mapToDouble(Link::weight).max().orElse(1);
        int maxDegree = java.util.Arrays.stream(degree).max().orElse(1);
        for (Link link : links) {
            double[] a = xy[index.get(link.a())];
            double[] b = xy[index.get(link.b())];
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8a94a6\" stroke-opacity=\"%s\" "
                            + "stroke-width=\"%.2f\"/>",
                    a[0], a[1], b[0], b[1], ordered.size() > 30 ? "0.3" : "0.7", 0.6 + 3.4 * link.weight() / maxWeight));
        }
        int labelFrom = Math.max(0, ordered.size() - labelled);
        List<Integer> byDegree = java.util.stream.IntStream.range(0, ordered.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> degree[i]).thenComparing(i -> ordered.get(i).id(),
                        Comparator.reverseOrder()))
                .toList();
        for (int rank = 0; rank < byDegree.size(); rank++) {
            int i = byDegree.get(rank);
            Node node = ordered.get(i);
            double r = radius(degree[i], maxDegree);
            String paint = String.format(Locale.ROOT, "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"",
                    SECTOR_COLOURS.getOrDefault(node.sector(), "#718096"), node.articulation() ? "#1a202c" : "#ffffff",
                    node.articulation() ? "2.5" : "1");
            svg.append(node.group()
                    ? String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" %s/>",
                            xy[i][0] - r, xy[i][1] - r, 2 * r, 2 * r, paint)
                    : String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" %s/>", xy[i][0], xy[i][1], r, paint));
        }
        // Numbers last, over every disc, on a white halo; the names go in a legend under the
        // drawing, where long names stay readable however dense the core of the network is.
        List<String> numbered = new java.util.ArrayList<>();
        for (int rank = byDegree.size() - 1; rank >= labelFrom; rank--) {
            int i = byDegree.get(rank);
            numbered.add(ordered.get(i).name());
            double r = radius(degree[i], maxDegree);
            for (String paint : List.of("fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\"", "fill=\"#1a202c\"")) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" font-weight=\"bold\" "
                        + "font-family=\"DejaVu Sans\" text-anchor=\"middle\" %s>%d</text>",
                        xy[i][0] + r * 0.7 + 4, xy[i][1] - r * 0.7 - 1, paint, numbered.size()));
            }
        }
        return new Drawing(svg.append("</svg>").toString(), ordered.size(), List.copyOf(numbered));
    }

    /** Disc area grows with the degree, relative to the most linked structure drawn. */
    private static double radius(int degree, int maxDegree) {
        return 3 + 8 * Math.sqrt((double) degree / Math.max(1, maxDegree));
    }

    /** Positions in an abstract unit square, Fruchterman-Reingold with a pull to the centre. */
    private static double[][] layout(int n, List<Link> links, Map<String, Integer> index) {
        double[][] xy = new double[n][2];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            xy[i][0] = 0.5 + 0.4 * Math.cos(angle);
            xy[i][1] = 0.5 + 0.4 * Math.sin(angle);
        }
        double k = Math.sqrt(1.0 / n);
        for (int step = 0; step < STEPS; step++) {
            double temperature = 0.1 * (1 - (double) step / STEPS) + 0.002;
            double[][] move = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = xy[i][0] - xy[j][0];
                    double dy = xy[i][1] - xy[j][1];
                    double d = Math.max(1e-4, Math.hypot(dx, dy));
                    double force = k * k / d;
                    move[i][0] += dx / d * force;
                    move[i][1] += dy / d * force;
                    move[j][0] -= dx / d * force;
                    move[j][1] -= dy / d * force;
                }
            }
            for (Link link : links) {
                int a = index.get(link.a());
                int b = index.get(link.b());
                double dx = xy[a][0] - xy[b][0];
                double dy = xy[a][1] - xy[b][1];
                double d = Math.max(1e-4, Math.hypot(dx, dy));
                double force = d * d / k;
                move[a][0] -= dx / d * force;
                move[a][1] -= dy / d * force;
                move[b][0] += dx / d * force;
                move[b][1] += dy / d * force;
            }
            for (int i = 0; i < n; i++) {
                move[i][0] += (0.5 - xy[i][0]) * 2 * k;
                move[i][1] += (0.5 - xy[i][1]) * 2 * k;
                double d = Math.max(1e-9, Math.hypot(move[i][0], move[i][1]));
                double length = Math.min(d, temperature);
                xy[i][0] += move[i][0] / d * length;
                xy[i][1] += move[i][1] / d * length;
            }
        }
        return xy;
    }

    /** Scales the positions into the drawing, leaving room for labels at the sides and top. */
    private static void fit(double[][] xy, int width, int height, int marginX, int marginY) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : xy) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double spanX = Math.max(maxX - minX, 1e-6);
        double spanY = Math.max(maxY - minY, 1e-6);
        for (double[] p : xy) {
            p[0] = xy.length == 1 ? width / 2.0 : marginX + (p[0] - minX) / spanX * (width - 2 * marginX);
            p[1] = xy.length == 1 ? height / 2.0 : marginY + 10 + (p[1] - minY) / spanY * (height - 2 * marginY - 10);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
