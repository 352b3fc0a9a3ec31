package fr.maillage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.access.UserAccounts;
import fr.maillage.access.UserRole;

/**
 * Calls of the API as a signed-in user, through the real security filters: the admin of the test
 * apps ({@link MaillageTest} gives them {@link #ADMIN_PASSWORD}) or any user that exists.
 */
public final class SignedIn {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "mot-de-passe-des-tests";

    private SignedIn() {
    }

    /**
     * MockMvc whose every request is signed in as {@code username} (an existing user: the access
     * rules read them from the database) and carries a valid CSRF token; no password is checked, so
     * no request pays for a bcrypt hash.
     */
    public static MockMvc mvc(WebApplicationContext context, String username) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(user(username)).with(csrf())).build();
    }

    /** MockMvc signed in as the planner {@code username} over {@code territories}, created the first time. */
    public static MockMvc asPlanner(WebApplicationContext context, String username, String... territories) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, "{noop}inutilisé", UserRole.PLANIFICATEUR, List.of(territories), false);
        }
        return mvc(context, username);
    }

    public static MockMvc asAdmin(WebApplicationContext context) {
        return mvc(context, ADMIN);
    }

    /** The {@code Authorization} header of the admin over HTTP Basic, for a real HTTP client. */
    public static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
