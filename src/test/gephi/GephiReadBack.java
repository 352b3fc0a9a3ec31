import java.io.File;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GEXF file with Gephi's own importer (gephi-toolkit) and prints what Gephi sees, one
 * {@code key=value} per line. Run by GephiReadBackTest in a separate JVM, as a single-file program:
 * {@code java -cp gephi-toolkit-all.jar GephiReadBack.java file.gexf}; it is not compiled with the tests
 * because the toolkit's fat jar must stay off the project's classpath.
 */
public class GephiReadBack {

    public static void main(String[] args) {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container;
        try {
            container = importer.importFile(new File(args[0]));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();
        System.out.println("nodes=" + graph.getNodeCount());
        System.out.println("edges=" + graph.getEdgeCount());
        System.out.println("dynamic=" + model.isDynamic());
        int issues = 0;
        for (var it = container.getReport().getIssues(100); it.hasNext(); it.next()) {
            issues++;
        }
        System.out.println("issues=" + issues);
        for (Node node : graph.getNodes()) {
            System.out.println("node." + node.getId() + ".label=" + node.getLabel());
            for (Column column : model.getNodeTable()) {
                if (!column.isProperty()) {
                    System.out.println("node." + node.getId() + "." + column.getId() + "=" + node.getAttribute(column));
                }
            }
        }
        for (Edge edge : graph.getEdges()) {
            String key = "edge." + edge.getSource().getId() + "." + edge.getTarget().getId();
            System.out.println(key + ".weight=" + edge.getWeight());
            System.out.println(key + ".spells=" + edge.getAttribute("timeset"));
        }
    }
}
