package fr.maillage.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import (import en ligne de commande):
 * {@code java -jar maillage.jar import <dossier-ou-zip> [--maillage.data-dir=…]}. Starts the app
 * without its web server or demo, imports, prints the counts or every located problem, and
 * exits 0 (imported), 1 (bundle rejected) or 2 (writing failed, or bad usage).
 */
public final class ImportCommand {

    /** The first argument that selects this command instead of the web app. */
    public static final String NAME = "import";

    private ImportCommand() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the import of {@code args[1]} with the rest as Spring arguments; returns the exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("Usage : java -jar maillage.jar import <dossier-ou-zip> [--maillage.data-dir=DOSSIER]");
            return 2;
        }
        Path bundle = Path.of(args[1]).toAbsolutePath();
        List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        springArgs.add("--maillage.demo=false");
        // The exchange logs are built by the app when it next starts, not by this command on its way out.
        springArgs.add("--maillage.exchange-logs.keep-up=false");
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
            try {
                ImportOutcome outcome = context.getBean(BundleImporter.class).importBundle(bundle);
                out.println("Import " + outcome.id() + " terminé :");
                for (Map.Entry<String, Long> count : outcome.counts().entrySet()) {
                    out.println("  " + count.getKey() + " : " + count.getValue() + " ligne(s)");
                }
                return 0;
            } catch (BundleRejectedException e) {
                e.problems().forEach(err::println);
                err.println(e.getMessage());
                return 1;
            } catch (ImportFailedException | ImportBusyException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
    }
}
