package fr.maillage.report;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link StrategicReport} with the {@code templates/report/strategic-table.html}
 * template: the printable page as is, and the PDF from the same well-formed XHTML, so the two
 * never drift apart.
 */
@Component
public class ReportRenderer {

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    public ReportRenderer(ITemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The printable page; {@code pdfLink} is where its "download the PDF" link points. */
    public String html(StrategicReport report, String pdfLink) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("r", report);
        context.setVariable("pdfLink", pdfLink);
        return templates.process("report/strategic-table", context);
    }

    public byte[] pdf(StrategicReport report) {
        return pdf.render(html(report, "?format=pdf"));
    }
}
