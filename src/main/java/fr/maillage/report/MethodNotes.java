package fr.maillage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.maillage.report.StrategicReport.MethodNote;

/**
 * The method note (note de méthode) printed with the report and shown beside the comparison:
 * how each figure is defined, kept in {@code report/method-note.txt} as "# title" paragraphs.
 */
public final class MethodNotes {

    public static final List<MethodNote> ALL = read();

    private MethodNotes() {
    }

    private static List<MethodNote> read() {
        try (InputStream in = MethodNotes.class.getClassLoader().getResourceAsStream("report/method-note.txt")) {
            if (in == null) {
                throw new IllegalStateException("Note de méthode absente : report/method-note.txt");
            }
            List<MethodNote> notes = new ArrayList<>();
            String title = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# ")) {
                    if (title != null) {
                        notes.add(new MethodNote(title, text.toString().strip()));
                    }
                    title = line.substring(2).strip();
                    text.setLength(0);
                } else {
                    text.append(line).append(' ');
                }
            }
            if (title != null) {
                notes.add(new MethodNote(title, text.toString().strip()));
            }
            return List.copyOf(notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
