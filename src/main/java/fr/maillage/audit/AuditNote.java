package fr.maillage.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** What an endpoint adds to its audit record's detail (who was created, what changed), for this request. */
public final class AuditNote {

    static final String ATTRIBUTE = AuditNote.class.getName();

    private AuditNote() {
    }

    public static void add(String note) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object before = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(ATTRIBUTE, before == null ? note : before + " ; " + note, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
