package fr.maillage;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.maillage.db.Neo4jServerCommand;
import fr.maillage.demo.GenerateCommand;
import fr.maillage.imports.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillageApplication {
    public static void main(String[] args) {
        if (ImportCommand.isCommand(args)) {
            System.exit(ImportCommand.run(MaillageApplication.class, args, System.out, System.err));
        }
        // Writing a bundle needs no database: it runs before (and without) Spring.
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        // A bare Neo4j server for server mode: the same database, without Spring or the web app.
        if (Neo4jServerCommand.isCommand(args)) {
            int code = Neo4jServerCommand.run(args, System.getenv(), System.out, System.err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        SpringApplication.run(MaillageApplication.class, args);
    }
}
