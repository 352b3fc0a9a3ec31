package fr.maillage;

import fr.maillage.imports.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillageApplication {
    public static void main(String[] args) {
        if (ImportCommand.isCommand(args)) {
            System.exit(ImportCommand.run(MaillageApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(MaillageApplication.class, args);
    }
}
