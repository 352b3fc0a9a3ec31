package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.maillage.SignedIn;

/**
 * Signing the browser in through the login page, as a person would, and the accounts the browser
 * tests create with the users API (the app is {@link BrowserTestApp}'s).
 */
final class SignIn {

    /** The admin's password, as {@code maillage.admin-password} gives it to the app. */
    static final String ADMIN_PASSWORD = SignedIn.ADMIN_PASSWORD;

    /** The password in force of each account the tests know, changed when the login page asks for a new one. */
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>(Map.of("admin", ADMIN_PASSWORD));

    private SignIn() {
    }

    /**
     * Signs in as {@code username} from a fresh session, choosing a new password when the login
     * page asks for one (an account an admin created), and waits until the page has moved on.
     */
    static void as(ChromeDriver browser, String base, String username) {
        signOut(browser, base);
        browser.get(base + "connexion.html");
        submit(browser, username, PASSWORDS.get(username));
        // the page may be leaving as it is read
        FluentWait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
        wait.until(b -> !b.getCurrentUrl().contains("connexion.html") || b.findElement(By.id("change-password")).isDisplayed());
        if (browser.getCurrentUrl().contains("connexion.html")) {
            String chosen = PASSWORDS.get(username) + "-choisi";
            browser.findElement(By.id("new-password")).sendKeys(chosen);
            browser.findElement(By.id("confirm-password")).sendKeys(chosen);
            browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
            wait.until(b -> !b.getCurrentUrl().contains("connexion.html"));
            PASSWORDS.put(username, chosen);
        }
    }

    /** Types the credentials into the login form and sends it. */
    static void submit(ChromeDriver browser, String username, String password) {
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.id("username")).isDisplayed() ? b.findElement(By.id("username")) : null);
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    /**
     * Forgets the session: the next page asked for is the login page's. Leaves the page first, so
     * that asking for it again (the same address but for its #view part) loads it anew.
     */
    static void signOut(ChromeDriver browser, String base) {
        browser.get(base + "favicon.svg");
        browser.manage().deleteAllCookies();
    }

    /**
     * The account {@code username}, created (or, from an earlier test class of the same context,
     * given that role and scope and a new password) by the signed-in admin through the API, as the
     * users page would; the user then chooses their own password at their first sign-in.
     */
    static void account(ChromeDriver browser, String username, String role, List<String> territories) {
        String password = "provisoire-de-" + username;
        Object status = browser.executeAsyncScript("""
                const [username, password, role, territories, done] = arguments;
                const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')).slice(11);
                const headers = { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token),
                  'X-Requested-With': 'XMLHttpRequest' };
                const send = (method, path, body) => fetch(path, { method, headers, body: JSON.stringify(body) });
                fetch('/api/users', { headers }).then((r) => r.json())
                  .then((users) => (users.some((u) => u.username === username)
                    ? send('PATCH', `/api/users/${username}`, { password, role, territories, enabled: true })
                    : send('POST', '/api/users', { username, password, role, territories })))
                  .then((r) => done(r.status), (e) => done(String(e)));
                """, username, password, role, territories);
        assertThat(status).as("creating " + username).isIn(200L, 201L);
        PASSWORDS.put(username, password);
    }
}
