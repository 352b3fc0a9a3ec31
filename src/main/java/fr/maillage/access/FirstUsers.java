package fr.maillage.access;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.db.Lease;
import fr.maillage.db.Leases;
import fr.maillage.db.MaillageProperties;
import fr.maillage.db.SchemaInitializer;

/**
 * The first users, as the contract says: {@code admin} with the password of
 * {@code MAILLAGE_ADMIN_PASSWORD} when it is set (created, or its password reset), otherwise, on
 * the first start, with a random one-time password printed once in the log and written to
 * {@value #PASSWORD_FILE} in the data folder (readable by its owner only), to be changed at first
 * sign-in. With the demo, one demo user per other role, their passwords printed and written beside
 * the admin's, so a newcomer can try each role at once.
 */
@Component
@Order(0)
public class FirstUsers implements ApplicationRunner {

    static final String PASSWORD_FILE = "mots-de-passe-initiaux.txt";
    static final String ADMIN = "admin";

    /** The demo's users: one per role but admin's. */
    record DemoUser(String username, UserRole role, List<String> territories, String who) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("pilote-nevers", UserRole.PILOTE, List.of("agglo-nevers"),
                    "pilote du DAC de l'agglomération de Nevers"),
            new DemoUser("chercheur", UserRole.CHERCHEUR, List.of(UserAccount.EVERY_TERRITORY),
                    "chercheur, tous les territoires (pseudonymes)"),
            new DemoUser("planificateur", UserRole.PLANIFICATEUR, List.of(UserAccount.EVERY_TERRITORY),
                    "planificateur ARS, tous les territoires (agrégats seulement)"));

    private static final Logger log = LoggerFactory.getLogger(FirstUsers.class);

    private static final String LEASE = "premiers-utilisateurs";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Path passwordFile;
    private final String adminPassword;
    private final boolean demo;
    private final ApplicationContext context;
    private final Leases leases;

    public FirstUsers(UserAccounts accounts, PasswordEncoder encoder, MaillageProperties properties,
                      SchemaInitializer schema, Leases leases, ApplicationContext context,
                      @Value("${MAILLAGE_ADMIN_PASSWORD:${maillage.admin-password:}}") String adminPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordFile = Path.of(properties.getDataDir()).resolve(PASSWORD_FILE).toAbsolutePath().normalize();
        this.adminPassword = adminPassword;
        this.demo = properties.isDemo();
        this.context = context;
        this.leases = leases;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // The command-line import signs nobody in: it makes no users.
        if (!(context instanceof WebApplicationContext)) {
            return;
        }
        // Two instances starting together on one server would both find no admin and both create one.
        try (Lease lease = leases.takeForThisInstance(LEASE)) {
            createMissing();
        }
    }

    private void createMissing() throws IOException {
        Map<String, String> generated = new LinkedHashMap<>();
        if (!adminPassword.isEmpty()) {
            PasswordRule.check("MAILLAGE_ADMIN_PASSWORD", ADMIN, adminPassword);
            setAdmin(adminPassword);
        } else if (accounts.find(ADMIN).isEmpty()) {
            String password = OwnerOnlyFiles.randomPassword();
            accounts.create(ADMIN, encoder.encode(password), UserRole.ADMIN, List.of(UserAccount.EVERY_TERRITORY), true);
            generated.put(ADMIN, password + "\tadministrateur (mot de passe à changer à la première connexion)");
        }
        if (demo) {
            for (DemoUser user : DEMO_USERS) {
                if (accounts.find(user.username()).isEmpty()) {
                    String password = OwnerOnlyFiles.randomPassword();
                    accounts.create(user.username(), encoder.encode(password), user.role(), user.territories(), false);
                    generated.put(user.username(), password + "\t" + user.who());
                }
            }
        }
        if (!generated.isEmpty()) {
            tell(generated);
        }
    }

    private void setAdmin(String password) {
        Map<String, Object> fields = new LinkedHashMap<>(UserAccounts.fields(UserRole.ADMIN,
                List.of(UserAccount.EVERY_TERRITORY), true));
        fields.put("passwordHash", encoder.encode(password));
        fields.put("mustChangePassword", false);
        fields.put("lockedUntil", null);
        fields.put("failedSignIns", 0);
        if (accounts.update(ADMIN, fields).isEmpty()) {
            accounts.create(ADMIN, encoder.encode(password), UserRole.ADMIN, List.of(UserAccount.EVERY_TERRITORY), false);
        }
        log.info("Administrateur « admin » : mot de passe de MAILLAGE_ADMIN_PASSWORD");
    }

    /** Prints the new passwords once, and keeps them in the owner-only file of the data folder. */
    private void tell(Map<String, String> generated) throws IOException {
        List<String> lines = new ArrayList<>();
        generated.forEach((user, line) -> lines.add(user + "\t" + line));
        StringBuilder file = new StringBuilder("# Maillage : mots de passe créés le " + Instant.now()
                + " (utilisateur, mot de passe, rôle)\n");
        lines.forEach(line -> file.append(line).append('\n'));
        OwnerOnlyFiles.append(passwordFile, file.toString());
        StringBuilder message = new StringBuilder("\n\n  Comptes créés (ces mots de passe ne seront plus affichés ; copie dans ")
                .append(passwordFile).append(") :\n");
        lines.forEach(line -> message.append("    ").append(line.replace('\t', ' ')).append('\n'));
        log.warn(message.toString());
    }
}
