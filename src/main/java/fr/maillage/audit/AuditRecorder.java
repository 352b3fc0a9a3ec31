package fr.maillage.audit;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each audited request once it is answered, with the status it got: it wraps the security
 * filters, so a request they refuse (403) is recorded like one they let through.
 */
public class AuditRecorder extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    private final AuditTrail trail;

    public AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            record(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        AuditedRequest audited = AuditedRequest.of(request);
        if (audited == null) {
            return;
        }
        AuditAction action = audited.action() != null ? audited.action()
                : status == HttpServletResponse.SC_FORBIDDEN ? AuditAction.ACCESS_DENIED : null;
        if (action == null) {
            return;
        }
        String query = request.getQueryString();
        String detail = audited.detail() != null ? audited.detail()
                : request.getMethod() + " " + request.getRequestURI() + (query != null ? "?" + query : "");
        if (request.getAttribute(AuditNote.ATTRIBUTE) instanceof String note) {
            detail = detail + " : " + note;
        }
        try {
            trail.append(new AuditEntry(audited.user(), action, audited.territoryId(), audited.personId(), status, detail));
        } catch (RuntimeException e) {
            // The answer is already sent; a record that could not be kept must at least be loud.
            log.error("Journal d'audit : enregistrement impossible ({} {} par {})", action.code(), detail,
                    audited.user(), e);
        }
    }
}
