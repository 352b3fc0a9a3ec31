package fr.maillage.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.db.Graph;
import fr.maillage.db.Lease;
import fr.maillage.db.Leases;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportBusyException;
import fr.maillage.imports.ImportCommand;
import fr.maillage.imports.ImportOutcome;

/**
 * Loads the demo (chargement de la démo) on the first start of the web app on an empty
 * database, so the README's run command shows something real: generates the demo bundle for
 * today into a temporary folder and imports it like any bundle. {@code maillage.demo=false}
 * disables it; the command-line import (no web server) never runs it.
 */
@Component
@ConditionalOnProperty(name = "maillage.demo", havingValue = "true", matchIfMissing = true)
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private static final String LEASE = "demo";

    private final Graph graph;
    private final Leases leases;
    private final BundleImporter importer;
    private final ApplicationContext context;

    public DemoLoader(Graph graph, BundleImporter importer, Leases leases, ApplicationContext context) {
        this.graph = graph;
        this.leases = leases;
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!(context instanceof WebApplicationContext) || ImportCommand.isCommand(args.getSourceArgs())) {
            return;
        }
        // Instances starting together on one empty server load it once: the first, the others then find it there.
        try (Lease lease = leases.takeForThisInstance(LEASE)) {
            if (graph.read("demo/has-territory.cypher", Map.of(), r -> r.get("present").asBoolean()).get(0)) {
                log.info("Démo non chargée : la base contient déjà des territoires");
                return;
            }
            load(LocalDate.now());
        } catch (ImportBusyException e) {
            log.info("Démo non chargée : un autre import est en cours ({})", e.getMessage());
        }
    }

    /** Generates the demo dated {@code referenceDate} and imports it. */
    private void load(LocalDate referenceDate) throws IOException {
        long started = System.nanoTime();
        Path folder = Files.createTempDirectory("maillage-demo-");
        try {
            GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.demo(BundleSpec.DEMO_SEED, referenceDate),
                    folder);
            long generated = System.nanoTime();
            ImportOutcome outcome = importer.importBundle(folder);
            long imported = System.nanoTime();
            log.info("Démo chargée (Nièvre : agglomération de Nevers et Morvan, au {}) : {} lignes en {} ms "
                            + "(génération {} ms, import {} ms) {}", referenceDate, bundle.totalRows(),
                    (imported - started) / 1_000_000, (generated - started) / 1_000_000,
                    (imported - generated) / 1_000_000, new TreeMap<>(outcome.counts()));
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
