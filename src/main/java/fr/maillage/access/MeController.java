package fr.maillage.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user: who they are, and their own password. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Accès")
public class MeController {

    private final Viewers viewers;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    public MeController(Viewers viewers, UserAccounts accounts, PasswordEncoder encoder) {
        this.viewers = viewers;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @GetMapping
    @Operation(summary = "L'utilisateur connecté : nom, rôle, territoires (« * » : tous), mot de passe à changer")
    public Me me() {
        return Me.of(viewers.currentAccount().orElseThrow());
    }

    /** The body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/password")
    @Operation(summary = "Changer son mot de passe (12 caractères au moins) ; obligatoire avant tout autre appel "
            + "quand le mot de passe a été généré ou réinitialisé")
    public ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        UserAccount account = viewers.currentAccount().orElseThrow();
        if (change.currentPassword() == null || !encoder.matches(change.currentPassword(), account.passwordHash())) {
            throw new BadParameterException("currentPassword", "Mot de passe actuel incorrect");
        }
        PasswordRule.check("newPassword", account.username(), change.newPassword());
        if (change.newPassword().equals(change.currentPassword())) {
            throw new BadParameterException("newPassword", "Le nouveau mot de passe doit différer de l'actuel");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("passwordHash", encoder.encode(change.newPassword()));
        fields.put("mustChangePassword", false);
        accounts.update(account.username(), fields);
        return ResponseEntity.noContent().build();
    }
}
