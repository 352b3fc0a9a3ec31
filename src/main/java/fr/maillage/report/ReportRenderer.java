package fr.maillage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link StrategicReport} with the {@code templates/report/strategic-table.html}
 * template: the printable page as is, and the PDF from the same well-formed XHTML, so the two
 * never drift apart. Both take their look from {@code report/strategic-table.css}, put in the
 * page's one style element, which the page's Content-Security-Policy admits by its hash: no
 * {@code unsafe-inline}, and no second copy of the CSS to serve.
 */
@Component
public class ReportRenderer {

    private static final String STYLESHEET = "report/strategic-table.css";

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final String css;
    private final String contentSecurityPolicy;

    public ReportRenderer(ITemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
        this.css = stylesheet();
        // Nothing else to load: the snapshot is inline SVG, and there is no script (img-src lets the
        // browser fetch the favicon).
        this.contentSecurityPolicy = "default-src 'none'; style-src '" + sha256(css) + "'; img-src 'self'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** The printable page; {@code pdfLink} is where its "download the PDF" link points. */
    public String html(StrategicReport report, String pdfLink) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("r", report);
        context.setVariable("pdfLink", pdfLink);
        context.setVariable("style", css);
        return templates.process("report/strategic-table", context);
    }

    public byte[] pdf(StrategicReport report) {
        return pdf.render(html(report, "?format=pdf"));
    }

    /** The policy of the page, whose only inline style is the report's stylesheet. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    private static String stylesheet() {
        try {
            return new ClassPathResource(STYLESHEET).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSP hash source: the base64 SHA-256 of the element's text as UTF-8. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est requis de toute JVM", e);
        }
    }
}
