package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.ConstraintViolationException;

class ImportFailedExceptionTest {

    @Test
    void aFailureOfTheServerIsToldByTheLogUnderTheImportsIdNotByItsMessage() {
        ImportFailedException failure = new ImportFailedException("i-1",
                new UncheckedIOException(new NoSuchFileException("/srv/maillage/donnees/lot/persons.csv")));

        assertThat(failure.getMessage()).isEqualTo("L'écriture du lot a échoué, rien n'a été écrit : erreur interne, "
                + "détaillée dans le journal du serveur sous l'import i-1");
    }

    @Test
    void aRuleOfTheDatabaseBrokenByTheRowsIsToldAsTheDatabaseSaysIt() {
        ImportFailedException failure = new ImportFailedException("i-2", new IllegalStateException("lot",
                new ConstraintViolationException("Node(7) already exists with label `Partnership` and property `strength` = 3")));

        assertThat(failure.getMessage()).endsWith(": Node(7) already exists with label `Partnership` and property `strength` = 3");
    }
}
