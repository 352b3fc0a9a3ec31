package fr.maillage.access;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import fr.maillage.access.AccessRules.Endpoint;
import fr.maillage.access.AccessRules.Grant;
import fr.maillage.access.AccessRules.Match;
import fr.maillage.api.TerritoryIds;
import fr.maillage.audit.AuditedRequest;
import fr.maillage.territory.TerritoryTree;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides each call of {@code /api} from {@link AccessRules}: the signed-in user's role, their
 * scope against what the endpoint is about, and a password still to change. A refusal carries its
 * French reason to the 403 answer ({@link JsonAnswers}); every decision leaves on the request what
 * the audit trail records of it.
 */
@Component
public class AccessPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    static final String REFUSAL = AccessPolicy.class.getName() + ".refusal";

    private final Viewers viewers;
    private final TerritoryTree tree;
    private final PersonIds personIds;
    private final ImportOwners importOwners;

    public AccessPolicy(Viewers viewers, TerritoryTree tree, PersonIds personIds, ImportOwners importOwners) {
        this.viewers = viewers;
        this.tree = tree;
        this.personIds = personIds;
        this.importOwners = importOwners;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        Optional<UserAccount> found = viewers.currentAccount();
        if (found.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        UserAccount account = found.get();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Match> match = AccessRules.match(request.getMethod(), path);
        Endpoint endpoint = match.map(Match::endpoint).orElse(null);
        Decision decision = decide(account, match, request);
        new AuditedRequest(account.username(), endpoint != null ? endpoint.action() : null, decision.territoryId(),
                decision.personId(), null).attachTo(request);
        if (decision.refusal() != null) {
            request.setAttribute(REFUSAL, decision.refusal());
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(true);
    }

    /** The decision, with what the request is about for the audit; {@code refusal} null when granted. */
    record Decision(String refusal, String territoryId, String personId) {
        static Decision granted(String territoryId, String personId) {
            return new Decision(null, territoryId, personId);
        }
    }

    private Decision decide(UserAccount account, Optional<Match> match, HttpServletRequest request) {
        if (!account.enabled()) {
            return new Decision("Compte désactivé : demandez à un administrateur de le réactiver", null, null);
        }
        if (match.isEmpty()) {
            return new Decision("Point d'accès non déclaré dans les règles d'accès de Maillage", null, null);
        }
        Endpoint endpoint = match.get().endpoint();
        String id = match.get().variables().get("id");
        if (account.mustChangePassword() && !endpoint.beforePasswordChange()) {
            return new Decision("Changez d'abord le mot de passe qui vous a été donné (POST /api/me/password)",
                    null, null);
        }
        Viewer viewer = Viewer.of(account);
        Grant grant = endpoint.grantFor(account.role());
        if (grant == Grant.DENIED) {
            return new Decision("Refusé au rôle " + account.role().label() + " : " + endpoint.method() + " "
                    + endpoint.path(), endpoint.subject() == AccessRules.Subject.TERRITORY ? id : null, null);
        }
        return switch (endpoint.subject()) {
            case NONE, BUNDLE -> Decision.granted(null, null);
            case TERRITORY -> territories(viewer, grant, List.of(id), id);
            case TERRITORIES -> {
                List<String> listed = TerritoryIds.listed(request.getParameterValues("territories"));
                yield territories(viewer, grant, listed, String.join(",", listed));
            }
            case PERSON -> person(viewer, grant, id);
            case OWN_IMPORT -> grant == Grant.ALL || importOwners.startedBy(id, viewer.username())
                    ? Decision.granted(null, null)
                    : new Decision("Cet import a été lancé par un autre utilisateur", null, null);
        };
    }

    private Decision territories(Viewer viewer, Grant grant, List<String> ids, String audited) {
        if (grant == Grant.IN_SCOPE && !viewer.seesEveryTerritory()) {
            for (String territory : ids) {
                // An unknown territory is left to the endpoint, whose 404 says so.
                if (tree.exists(territory) && !tree.within(territory, viewer.scopeRoots())) {
                    return new Decision("Territoire « " + territory + " » hors de votre périmètre ("
                            + String.join(", ", viewer.scopeRoots()) + ")", audited, null);
                }
            }
        }
        return Decision.granted(audited, null);
    }

    private Decision person(Viewer viewer, Grant grant, String asked) {
        Optional<String> stored = personIds.resolve(viewer, asked);
        if (stored.isEmpty()) {
            return Decision.granted(null, null);
        }
        Optional<Optional<String>> territory = personIds.territoryOf(stored.get());
        if (territory.isEmpty()) {
            return Decision.granted(null, stored.get());
        }
        String lives = territory.get().orElse(null);
        if (grant == Grant.IN_SCOPE && !viewer.seesEveryTerritory()
                && (lives == null || !tree.within(lives, viewer.scopeRoots()))) {
            return new Decision("Personne hors de votre périmètre (" + String.join(", ", viewer.scopeRoots()) + ")",
                    lives, stored.get());
        }
        return Decision.granted(lives, stored.get());
    }
}
