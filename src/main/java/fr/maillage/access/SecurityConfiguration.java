package fr.maillage.access;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.maillage.audit.AuditRecorder;
import fr.maillage.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in and the filters around every request: the login form (session cookie, CSRF-protected)
 * for the page, HTTP Basic for scripts, {@link AccessPolicy} for {@code /api}, the security headers,
 * and the audit trail's recorder wrapped around all of it. Not in the command-line import, which
 * serves no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /**
     * The page's policy: its own scripts, styles and workers only (no inline code), images from
     * itself and from the blobs and data URLs its exports make, and no framing by any site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets style attributes from its scripts' markup: it alone may have inline styles. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    /** What anyone may fetch without signing in: the login page and what it needs, and the health status. */
    private static final String[] PUBLIC = {"/connexion.html", "/css/**", "/js/connexion.js", "/favicon.ico",
            "/favicon.svg", "/error"};

    @Bean
    SecurityFilterChain maillageSecurity(HttpSecurity http, AccessPolicy policy, JsonAnswers answers,
                                         SignInGuard signIn) throws Exception {
        // The chain's only manager, without a parent: the global manager's provider is SignInGuard too (it
        // is a bean), and a parent is asked again after each failure, which counted every failure twice.
        http.authenticationManager(new ProviderManager(signIn))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(UserRole.ADMIN.name())
                        .requestMatchers("/api/**").access(policy)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(JsonAnswers.LOGIN_PAGE).loginProcessingUrl("/login")
                        .successHandler(answers::signedIn).failureHandler(answers::signInFailed).permitAll())
                .httpBasic(basic -> basic.realmName("Maillage").authenticationEntryPoint(answers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(answers::signedOut))
                // A request carrying its own Authorization header is a script's: no browser adds one
                // to a cross-site request unless it was given a Basic challenge, which the page never is.
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(r -> r.getHeader("Authorization") != null))
                .addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Wraps the security filters, so that a request they refuse is recorded like one they let through. */
    /** The firewall's refusals (an encoded slash in a path, say) answered like every other error of the API. */
    @Bean
    WebSecurityCustomizer rejectedRequests(JsonAnswers answers) {
        return web -> web.requestRejectedHandler(answers::rejected);
    }

    @Bean
    FilterRegistrationBean<AuditRecorder> auditRecorder(AuditTrail trail) {
        FilterRegistrationBean<AuditRecorder> registration = new FilterRegistrationBean<>(new AuditRecorder(trail));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** The page's policy, unless the answer brought its own (the report allows its one style block by hash). */
    private static HeaderWriter contentSecurityPolicy() {
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                boolean swagger = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
                response.setHeader("Content-Security-Policy", swagger ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
            }
        };
    }

    /**
     * Sets the {@code XSRF-TOKEN} cookie on every answer, the login page's included: Spring Security
     * makes the token only when something reads it, and the page's scripts read it from the cookie.
     */
    private static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
