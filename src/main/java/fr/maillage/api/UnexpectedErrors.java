package fr.maillage.api;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a failure nobody planned for: 500 with a French message and a short reference,
 * the same reference in the log beside the stack trace. The exception's own message stays in the
 * log: it may name the server's folders or its classes.
 *
 * <p>A resolver after Spring's own rather than an {@code @ExceptionHandler(Exception.class)} in
 * {@link ApiErrors}: it then only sees what every {@code @ExceptionHandler} of every controller
 * and advice, {@code @ResponseStatus} and Spring MVC's own answers (404, 405, 406, 413...) left
 * unanswered, whatever the order of the advices.
 */
@Component
public class UnexpectedErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    /** Spring Security's, which its filters turn into 401 and 403 once they reach them. */
    private static final String[] LEFT_TO_SECURITY = {
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.core.AuthenticationException"};

    private final JsonMapper json;

    public UnexpectedErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (isLeftToSecurity(e)) {
            return null;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Erreur inattendue, référence {} : {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        if (response.isCommitted()) {
            // Half an answer is already on its way (a long export): its status can no longer change.
            return new ModelAndView();
        }
        try {
            response.resetBuffer();
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> body = ApiErrors.body(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Erreur interne du serveur. Si elle se reproduit, donnez à l'administrateur la référence "
                            + reference + " : le journal du serveur la détaille.", null);
            body.put("reference", reference);
            json.writeValue(response.getWriter(), body);
        } catch (IOException | RuntimeException writing) {
            log.warn("Réponse de l'erreur {} impossible à écrire", reference, writing);
        }
        return new ModelAndView();
    }

    private static boolean isLeftToSecurity(Exception e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            for (String name : LEFT_TO_SECURITY) {
                if (type.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
