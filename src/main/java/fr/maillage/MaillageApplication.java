package fr.maillage;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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
        SpringApplication.run(MaillageApplication.class, args);
    }
}
