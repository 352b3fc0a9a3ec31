package fr.maillage.access;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

import fr.maillage.db.Graph;

/** The users kept in the database, read and written through {@code cypher/access/}. */
@Repository
public class UserAccounts {

    private final Graph graph;
    private final Clock clock;

    public UserAccounts(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public Optional<UserAccount> find(String username) {
        return graph.read("access/user-get.cypher", Map.of("username", username), r -> toAccount(r.get("user")))
                .stream().findFirst();
    }

    public List<UserAccount> list() {
        return graph.read("access/user-list.cypher", Map.of(), r -> toAccount(r.get("user")));
    }

    public UserAccount create(String username, String passwordHash, UserRole role, List<String> territories,
                              boolean mustChangePassword) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("passwordHash", passwordHash);
        user.put("role", role.code());
        user.put("territories", List.copyOf(territories));
        user.put("enabled", true);
        user.put("mustChangePassword", mustChangePassword);
        user.put("createdAt", clock.millis());
        return graph.write("access/user-create.cypher", Map.of("user", user), r -> toAccount(r.get("user"))).get(0);
    }

    /** Sets the given fields (a null value removes one); empty when there is no such user. */
    public Optional<UserAccount> update(String username, Map<String, Object> changes) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("username", username);
        parameters.put("changes", changes);
        return graph.write("access/user-update.cypher", parameters, r -> toAccount(r.get("user"))).stream().findFirst();
    }

    /**
     * Counts a failed sign-in; at {@code maxFailures} in a row the account is locked until {@code lockUntil}.
     *
     * @return the consecutive failures counted, the one that locked included; 0 for an unknown user
     */
    public int signInFailed(String username, int maxFailures, Instant lockUntil) {
        return graph.write("access/user-sign-in-failed.cypher",
                        Map.of("username", username, "maxFailures", maxFailures, "lockUntil", lockUntil.toEpochMilli()),
                        r -> r.get("failures").asInt()).stream().findFirst().orElse(0);
    }

    public void signedIn(String username) {
        graph.write("access/user-signed-in.cypher", Map.of("username", username, "at", clock.millis()));
    }

    /** The fields of a change, as stored: the role by its code. */
    static Map<String, Object> fields(UserRole role, List<String> territories, Boolean enabled) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (role != null) {
            changes.put("role", role.code());
        }
        if (territories != null) {
            changes.put("territories", List.copyOf(territories));
        }
        if (enabled != null) {
            changes.put("enabled", enabled);
        }
        return changes;
    }

    private static UserAccount toAccount(Value v) {
        return new UserAccount(v.get("username").asString(), v.get("passwordHash").asString(),
                UserRole.fromCode(v.get("role").asString()).orElseThrow(),
                v.get("territories").isNull() ? List.of() : v.get("territories").asList(Value::asString),
                v.get("enabled").asBoolean(true), v.get("mustChangePassword").asBoolean(false),
                v.get("failedSignIns").asInt(0), instant(v.get("lockedUntil")), instant(v.get("createdAt")));
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : Instant.ofEpochMilli(v.asLong());
    }
}
