package fr.maillage.access;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.BadParameterException;
import fr.maillage.api.NotFoundException;
import fr.maillage.audit.AuditNote;
import fr.maillage.territory.TerritoryTree;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The users of the installation, for admins: created, given a role and a scope, disabled, their password reset. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Accès")
public class UserController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final TerritoryTree tree;
    private final Viewers viewers;
    /** The sign-in locks' clock: a lock shows while it runs by the same time that makes it run. */
    private final Clock clock;

    public UserController(UserAccounts accounts, PasswordEncoder encoder, TerritoryTree tree, Viewers viewers,
                          Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tree = tree;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** A user as admins see them: never a password or its hash. */
    public record UserView(String username, String role, List<String> territories, boolean enabled,
                           boolean mustChangePassword, Instant lockedUntil, Instant createdAt) {
        static UserView of(UserAccount a, Instant now) {
            return new UserView(a.username(), a.role().code(), Me.of(a).territories(), a.enabled(),
                    a.mustChangePassword(), a.lockedAt(now) ? a.lockedUntil() : null, a.createdAt());
        }
    }

    /** The body of a creation or a change; every field is optional in a change. */
    public record UserRequest(String username, String password, String role, List<String> territories, Boolean enabled) {
    }

    @GetMapping
    @Operation(summary = "Les utilisateurs (jamais de mot de passe ni d'empreinte)")
    public List<UserView> list() {
        return accounts.list().stream().map(a -> UserView.of(a, clock.instant())).toList();
    }

    @PostMapping
    @Operation(summary = "Créer un utilisateur : {username, password, role, territories} ; il changera ce mot de passe "
            + "à sa première connexion")
    public ResponseEntity<UserView> create(@RequestBody UserRequest request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new BadParameterException("username", "Nom d'utilisateur invalide : 2 à 64 caractères parmi a-z, 0-9, "
                    + "« . », « _ » et « - », commençant par une lettre ou un chiffre");
        }
        if (accounts.find(username).isPresent()) {
            throw new BadParameterException("username", "L'utilisateur « " + username + " » existe déjà");
        }
        UserRole role = role(request.role());
        List<String> territories = territories(role, request.territories());
        PasswordRule.check("password", username, request.password());
        UserAccount created = accounts.create(username, encoder.encode(request.password()), role, territories, true);
        AuditNote.add("création de " + username + " (" + role.code() + ", " + String.join(",", territories) + ")");
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(UserView.of(created, clock.instant()));
    }

    @PatchMapping("/{username}")
    @Operation(summary = "Changer le rôle, les territoires, l'activation ou le mot de passe d'un utilisateur "
            + "(un mot de passe réinitialisé est à changer à la connexion suivante)")
    public UserView change(@PathVariable String username, @RequestBody UserRequest request) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new NotFoundException("Utilisateur inconnu : " + username));
        UserRole role = request.role() != null ? role(request.role()) : account.role();
        List<String> territories = request.territories() != null || request.role() != null
                ? territories(role, request.territories() != null ? request.territories() : account.territories())
                : null;
        keepAnAdmin(account, role, request.enabled());
        Map<String, Object> changes = UserAccounts.fields(request.role() != null ? role : null, territories, request.enabled());
        StringBuilder note = new StringBuilder("modification de " + username + " :");
        changes.forEach((k, v) -> note.append(' ').append(k).append('=').append(v));
        if (request.password() != null) {
            PasswordRule.check("password", username, request.password());
            changes.put("passwordHash", encoder.encode(request.password()));
            // A password set by someone else is theirs to know too: the user chooses their own next.
            changes.put("mustChangePassword", !username.equals(viewers.required().username()));
            changes.put("lockedUntil", null);
            changes.put("failedSignIns", 0);
            note.append(" mot de passe réinitialisé");
        }
        if (changes.isEmpty()) {
            throw new BadParameterException("role", "Rien à changer : donnez password, role, territories ou enabled");
        }
        AuditNote.add(note.toString());
        return UserView.of(accounts.update(username, changes).orElseThrow(), clock.instant());
    }

    /** An installation never loses its last enabled admin, by a role change or a disabling. */
    private void keepAnAdmin(UserAccount account, UserRole role, Boolean enabled) {
        boolean staysAdmin = role == UserRole.ADMIN && (enabled == null || enabled);
        if (account.role() == UserRole.ADMIN && account.enabled() && !staysAdmin
                && accounts.list().stream().filter(a -> a.role() == UserRole.ADMIN && a.enabled()).count() <= 1) {
            throw new BadParameterException(enabled != null && !enabled ? "enabled" : "role",
                    "C'est le dernier administrateur actif : nommez-en un autre d'abord");
        }
    }

    private static UserRole role(String code) {
        return UserRole.fromCode(code).orElseThrow(() -> new BadParameterException("role",
                "Rôle inconnu : « " + code + " » (admin, pilote, chercheur ou planificateur)"));
    }

    private List<String> territories(UserRole role, List<String> asked) {
        if (role == UserRole.ADMIN) {
            return List.of(UserAccount.EVERY_TERRITORY);
        }
        if (asked == null || asked.isEmpty()) {
            throw new BadParameterException("territories", "Territoires manquants : des identifiants de territoire, ou « * »");
        }
        List<String> territories = asked.stream().map(t -> t == null ? "" : t.strip()).distinct().toList();
        if (territories.contains(UserAccount.EVERY_TERRITORY)) {
            if (territories.size() > 1) {
                throw new BadParameterException("territories", "« * » (tous les territoires) se donne seul");
            }
            return territories;
        }
        for (String territory : territories) {
            if (!tree.exists(territory)) {
                throw new BadParameterException("territories", "Territoire inconnu : « " + territory + " »");
            }
        }
        return territories;
    }

}
