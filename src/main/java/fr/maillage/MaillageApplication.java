package fr.maillage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillageApplication {
    public static void main(String[] args) {
        SpringApplication.run(MaillageApplication.class, args);
    }
}
