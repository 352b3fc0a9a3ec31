package fr.maillage.access;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request, read again from the database once per request: a
 * user disabled, or given another role or scope, is treated so from their next request on, even
 * inside a session opened before.
 */
@Component
public class Viewers {

    private static final String ATTRIBUTE = Viewers.class.getName() + ".account";

    private final UserAccounts accounts;

    public Viewers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The account of the signed-in user, as it is now; empty when nobody is signed in, or the user is gone. */
    public Optional<UserAccount> currentAccount() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount cached
                && cached.username().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<UserAccount> account = accounts.find(authentication.getName());
        if (request != null) {
            account.ifPresent(a -> request.setAttribute(ATTRIBUTE, a, RequestAttributes.SCOPE_REQUEST));
        }
        return account;
    }

    /** Who is asking; empty outside a signed-in request. */
    public Optional<Viewer> current() {
        return currentAccount().filter(UserAccount::enabled).map(Viewer::of);
    }

    /** Whether the answer being made is for a planner (aggregates only); false outside a signed-in request. */
    public boolean aggregatesOnly() {
        return current().map(Viewer::aggregatesOnly).orElse(false);
    }

    /** Who is asking, where a signed-in user is certain (behind {@link AccessPolicy}). */
    public Viewer required() {
        return current().orElseThrow(() -> new IllegalStateException("aucun utilisateur connecté"));
    }
}
