package fr.maillage.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.mock.web.MockHttpServletResponse;

/** What an answer says, as text a person id could hide in: the PDF's text, every file of a zip, or the body. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(MockHttpServletResponse response) throws IOException {
        String type = response.getContentType() == null ? "" : response.getContentType();
        byte[] body = response.getContentAsByteArray();
        if (type.startsWith("application/pdf")) {
            try (PDDocument document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (type.startsWith("application/zip")) {
            StringBuilder text = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append("== ").append(entry.getName()).append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return text.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
