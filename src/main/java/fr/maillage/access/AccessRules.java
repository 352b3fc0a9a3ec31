package fr.maillage.access;

import static fr.maillage.access.AccessRules.Grant.ALL;
import static fr.maillage.access.AccessRules.Grant.DENIED;
import static fr.maillage.access.AccessRules.Grant.IN_SCOPE;
import static fr.maillage.access.AccessRules.Subject.BUNDLE;
import static fr.maillage.access.AccessRules.Subject.NONE;
import static fr.maillage.access.AccessRules.Subject.OWN_IMPORT;
import static fr.maillage.access.AccessRules.Subject.PERSON;
import static fr.maillage.access.AccessRules.Subject.TERRITORIES;
import static fr.maillage.access.AccessRules.Subject.TERRITORY;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import fr.maillage.audit.AuditAction;

/**
 * Who may call which endpoint of the API (règles d'accès): the contract's "Access (v1.1)" table,
 * written once, here. An endpoint of {@code /api} missing from this table is refused to every
 * role, admins included, so a new endpoint is closed until it is declared. Admins may call every
 * declared endpoint; the other roles as their column says, where "in scope" is checked against
 * the endpoint's {@link Subject}. What each role then sees of an answer (pseudonyms, small cells)
 * is {@link AnswerShaping}'s.
 */
public final class AccessRules {

    /** What a role may do with an endpoint. */
    public enum Grant {
        /** Any signed-in user of the role. */
        ALL,
        /** Only within the user's territories (and their descendants): see the endpoint's subject. */
        IN_SCOPE,
        /** Never: 403. */
        DENIED
    }

    /** What an endpoint is about, which "in scope" is checked against. */
    public enum Subject {
        NONE,
        /** The territory of the path variable {@code id}. */
        TERRITORY,
        /** Every territory listed in the parameter {@code territories}. */
        TERRITORIES,
        /** The person of the path variable {@code id}: the territory they live in. */
        PERSON,
        /** The import of the path variable {@code id}: only the user who started it. */
        OWN_IMPORT,
        /** A bundle to import: the importer checks each row against the scope and locates those outside it. */
        BUNDLE
    }

    /**
     * One declared endpoint.
     *
     * @param action                what the audit trail records of each call (refusals included); null: none
     * @param beforePasswordChange  callable by a user who must first change a generated password
     */
    public record Endpoint(HttpMethod method, String path, Subject subject, Grant pilote, Grant chercheur,
                           Grant planificateur, AuditAction action, boolean beforePasswordChange) {

        public Grant grantFor(UserRole role) {
            return switch (role) {
                case ADMIN -> ALL;
                case PILOTE -> pilote;
                case CHERCHEUR -> chercheur;
                case PLANIFICATEUR -> planificateur;
            };
        }

        PathPattern pattern() {
            return PARSER.parse(path);
        }
    }

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** The API, endpoint by endpoint; columns: pilote, chercheur, planificateur. */
    public static final List<Endpoint> ENDPOINTS = List.of(
            open(GET, "/api/territories"),
            open(GET, "/api/vocabulary"),
            open(GET, "/api/measures"),
            open(GET, "/api/compare/indicators"),
            open(GET, "/api/compare/method"),
            new Endpoint(GET, "/api/me", NONE, ALL, ALL, ALL, null, true),
            new Endpoint(POST, "/api/me/password", NONE, ALL, ALL, ALL, AuditAction.PASSWORD_CHANGE, true),

            rule(GET, "/api/territories/{id}/network", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/key-partners", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/export", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, AuditAction.EXPORT),
            rule(GET, "/api/compare", TERRITORIES, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/changes", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/report", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, AuditAction.REPORT),
            rule(GET, "/api/territories/{id}/capacity", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            // The work of coordination (v1.2): aggregates, no person id (small counts "<5" for planners).
            rule(GET, "/api/territories/{id}/tables", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/guichet", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/caseloads", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/coordinators", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            // Amounts in euros, no count of persons: the same answer for every role.
            rule(GET, "/api/territories/{id}/funding", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),
            rule(GET, "/api/territories/{id}/history", TERRITORY, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),

            rule(GET, "/api/territories/{id}/orphans", TERRITORY, IN_SCOPE, IN_SCOPE, DENIED, AuditAction.READ_PERSONS),
            rule(GET, "/api/territories/{id}/persons", TERRITORY, IN_SCOPE, IN_SCOPE, DENIED, AuditAction.READ_PERSONS),
            rule(GET, "/api/territories/{id}/overlaps", TERRITORY, IN_SCOPE, IN_SCOPE, DENIED, AuditAction.READ_PERSONS),
            rule(GET, "/api/persons/{id}/parcours", PERSON, IN_SCOPE, IN_SCOPE, DENIED, AuditAction.READ_PERSONS),

            rule(POST, "/api/imports", BUNDLE, IN_SCOPE, DENIED, DENIED, AuditAction.IMPORT),
            rule(POST, "/api/imports/ror", BUNDLE, IN_SCOPE, DENIED, DENIED, AuditAction.IMPORT),
            rule(POST, "/api/territories/insee", BUNDLE, IN_SCOPE, DENIED, DENIED, AuditAction.IMPORT),
            open(GET, "/api/imports"),
            rule(GET, "/api/imports/{id}", OWN_IMPORT, IN_SCOPE, IN_SCOPE, IN_SCOPE, null),

            rule(GET, "/api/users", NONE, DENIED, DENIED, DENIED, null),
            rule(POST, "/api/users", NONE, DENIED, DENIED, DENIED, AuditAction.USER_CHANGE),
            rule(PATCH, "/api/users/{username}", NONE, DENIED, DENIED, DENIED, AuditAction.USER_CHANGE),
            rule(GET, "/api/audit", NONE, DENIED, DENIED, DENIED, null),
            rule(GET, "/api/audit/verify", NONE, DENIED, DENIED, DENIED, null));

    private static final List<Map.Entry<PathPattern, Endpoint>> PATTERNS = ENDPOINTS.stream()
            .map(e -> Map.entry(e.pattern(), e)).toList();

    private AccessRules() {
    }

    /** The declared endpoint a request goes to, with its path variables; empty when it is not declared. */
    public static Optional<Match> match(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Map.Entry<PathPattern, Endpoint> entry : PATTERNS) {
            if (!entry.getValue().method().matches(method)) {
                continue;
            }
            PathPattern.PathMatchInfo info = entry.getKey().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(entry.getValue(), info.getUriVariables()));
            }
        }
        return Optional.empty();
    }

    public record Match(Endpoint endpoint, Map<String, String> variables) {
    }

    private static Endpoint open(HttpMethod method, String path) {
        return new Endpoint(method, path, NONE, ALL, ALL, ALL, null, false);
    }

    private static Endpoint rule(HttpMethod method, String path, Subject subject, Grant pilote, Grant chercheur,
                                 Grant planificateur, AuditAction action) {
        return new Endpoint(method, path, subject, pilote, chercheur, planificateur, action, false);
    }
}
