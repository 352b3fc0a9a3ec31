package fr.maillage.access;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;

import fr.maillage.audit.AuditAction;
import fr.maillage.audit.AuditEntry;
import fr.maillage.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of signing in and out and of refusals, in French JSON like the rest of the API: 401
 * without credentials, 403 with the reason, the signed-in user after the login form. A page asked
 * without a session goes to the login page instead. The HTTP Basic challenge is sent only to
 * scripts: a browser that got it would keep the credentials and send them with any later request,
 * from any site, which the CSRF protection does not cover for Basic.
 */
@Component
public class JsonAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/connexion.html";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UserAccounts accounts;
    private final AuditTrail audit;

    public JsonAnswers(UserAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !path.startsWith("/v3/api-docs") && !path.startsWith("/actuator")) {
            String query = request.getQueryString();
            String back = URLEncoder.encode(path + (query != null ? "?" + query : ""), StandardCharsets.UTF_8);
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?suite=" + back);
            return;
        }
        if (fromScript(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Maillage\", charset=\"UTF-8\"");
        }
        String message = e.getMessage() != null && !(e instanceof InsufficientAuthenticationException)
                ? e.getMessage()
                : "Connexion requise : connectez-vous sur " + LOGIN_PAGE + ", ou en HTTP Basic pour un script";
        write(response, HttpStatus.UNAUTHORIZED, message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (e instanceof CsrfException && path.startsWith("/api/") && nobodySignedIn()) {
            // The CSRF check runs before authentication: a script's write without credentials lacks a
            // sign-in, not a token, and is told so (401) like its reads.
            commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        String message;
        if (e instanceof CsrfException) {
            message = "Jeton anti-CSRF absent ou périmé : rechargez la page (les scripts utilisent HTTP Basic)";
        } else if (request.getAttribute(AccessPolicy.REFUSAL) instanceof String refusal) {
            message = refusal;
        } else {
            message = "Accès refusé";
        }
        write(response, HttpStatus.FORBIDDEN, message);
    }

    /** The login form's success: the user as {@code GET /api/me} shows them. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        UserAccount account = accounts.find(authentication.getName()).orElseThrow();
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), Me.of(account));
    }

    void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.append(new AuditEntry(authentication.getName(), AuditAction.LOGOUT, null, null, 204,
                    "déconnexion, depuis " + request.getRemoteAddr()));
        }
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }

    /**
     * A request that Spring Security's firewall refuses before any rule reads it: an identifier
     * in the path holding a slash, a backslash, a percent sign, a semicolon, a control character
     * once decoded, or left empty. Without this the answer was a 400 with an empty body.
     */
    void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, "Adresse refusée : un identifiant du chemin ne peut être vide ni contenir "
                + "« / », « \\ », « % », « ; », « // » ou un caractère de contrôle");
    }

    private static boolean nobodySignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }

    /** A browser says so: it navigates asking for HTML, and the page marks its own calls. */
    private static boolean fromScript(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("X-Requested-With") == null && (accept == null || !accept.contains("text/html"));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), body);
    }
}
