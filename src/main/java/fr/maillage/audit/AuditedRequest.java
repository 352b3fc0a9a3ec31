package fr.maillage.audit;

import jakarta.servlet.ServletRequest;

/**
 * What the access rules found a request to be about, left on the request for {@link AuditRecorder}
 * to record once the answer's status is known.
 *
 * @param action the endpoint's action; null when it records none (then only a refusal is recorded)
 */
public record AuditedRequest(String user, AuditAction action, String territoryId, String personId, String detail) {

    private static final String ATTRIBUTE = AuditedRequest.class.getName();

    public void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static AuditedRequest of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof AuditedRequest audited ? audited : null;
    }
}
