package fr.maillage.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.maillage.audit.AuditAction;
import fr.maillage.audit.AuditEntry;
import fr.maillage.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs users in, from the login form and from HTTP Basic alike, and keeps guessing slow: each
 * failed sign-in waits longer before its answer ({@link SignInRules}), and after
 * {@code maxFailures} in a row the account is locked for a while, even against the right password.
 * Unknown names wait the same, so the wait tells nothing about which names exist. Every sign-in and
 * failed sign-in is in the audit trail; a script's HTTP Basic calls, which sign in at every request,
 * are recorded as one {@code login} per user per {@link #BASIC_LOGIN_EVERY}.
 */
@Component
public class SignInGuard implements AuthenticationProvider {

    static final java.time.Duration BASIC_LOGIN_EVERY = java.time.Duration.ofMinutes(10);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final DaoAuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SignInRules rules;
    private final Clock clock;
    /**
     * Failures of names with no account, kept in memory only (bounded), counted and locked as an
     * account's are: otherwise the lock itself would tell which names exist.
     */
    private final Map<String, Strikes> unknownFailures = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Strikes> eldest) {
            return size() > 10_000;
        }
    });

    /** An unknown name's failures in a row, and the end of its lock (null when not locked). */
    private record Strikes(int failures, Instant lockedUntil) {
    }

    private final Map<String, Instant> lastBasicLogin = new java.util.concurrent.ConcurrentHashMap<>();

    public SignInGuard(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit, SignInRules rules, Clock clock) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                username -> new SignedInUser(accounts.find(username).orElseThrow(
                        () -> new org.springframework.security.core.userdetails.UsernameNotFoundException(username)), clock));
        provider.setPasswordEncoder(encoder);
        this.passwords = provider;
        this.accounts = accounts;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getName());
        Strikes unknown = unknownFailures.get(username);
        if (unknown != null && unknown.lockedUntil() != null && unknown.lockedUntil().isAfter(clock.instant())) {
            record(username, AuditAction.LOGIN_FAILED, 401, "compte verrouillé");
            throw new LockedException(locked(unknown.lockedUntil()));
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            accounts.signedIn(username);
            unknownFailures.remove(username);
            recordLogin(username);
            return done;
        } catch (LockedException e) {
            Instant until = accounts.find(username).map(UserAccount::lockedUntil).orElse(clock.instant());
            record(username, AuditAction.LOGIN_FAILED, 401, "compte verrouillé");
            throw new LockedException(locked(until));
        } catch (DisabledException e) {
            record(username, AuditAction.LOGIN_FAILED, 401, "compte désactivé");
            throw new DisabledException("Compte désactivé : demandez à un administrateur de le réactiver");
        } catch (BadCredentialsException e) {
            Instant lockUntil = clock.instant().plus(rules.lock());
            boolean known = accounts.find(username).isPresent();
            int failures = known ? accounts.signInFailed(username, rules.maxFailures(), lockUntil)
                    : unknownFailed(username, lockUntil);
            boolean nowLocked = failures >= rules.maxFailures();
            record(username, AuditAction.LOGIN_FAILED, 401, nowLocked
                    ? "mot de passe incorrect, " + failures + "e échec : compte verrouillé"
                    : "mot de passe ou identifiant incorrect (" + failures + "e échec)");
            pause(failures);
            if (nowLocked) {
                throw new LockedException(locked(lockUntil));
            }
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Counts a failure of a name with no account as {@code user-sign-in-failed.cypher} counts an account's. */
    private int unknownFailed(String username, Instant lockUntil) {
        Strikes before = unknownFailures.get(username);
        int failures = (before == null ? 0 : before.failures()) + 1;
        unknownFailures.put(username, failures >= rules.maxFailures() ? new Strikes(0, lockUntil)
                : new Strikes(failures, null));
        return failures;
    }

    private String locked(Instant until) {
        return "Compte verrouillé après " + rules.maxFailures() + " échecs de connexion, jusqu'à " + HOUR.format(until)
                + " (" + rules.lock().toMinutes() + " minutes)";
    }

    private void pause(int failures) {
        try {
            Thread.sleep(rules.delayAfter(failures).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recordLogin(String username) {
        HttpServletRequest request = request();
        boolean form = request != null
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        if (!form) {
            Instant now = clock.instant();
            Instant last = lastBasicLogin.get(username);
            if (last != null && last.plus(BASIC_LOGIN_EVERY).isAfter(now)) {
                return;
            }
            lastBasicLogin.put(username, now);
        }
        record(username, AuditAction.LOGIN, 200, form ? "formulaire de connexion" : "HTTP Basic");
    }

    private void record(String username, AuditAction action, int status, String detail) {
        HttpServletRequest request = request();
        String from = request != null ? ", depuis " + request.getRemoteAddr() : "";
        // The name is whatever was typed, an attacker's included: kept short in the trail.
        String user = username.length() > 64 ? username.substring(0, 64) + "…" : username;
        audit.append(new AuditEntry(user, action, null, null, status, detail + from));
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
