package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.demo.GeneratedBundle;
import fr.maillage.imports.BundleImporter;

/**
 * The page as each role finds it, on the {@code vallee} fixture: the login page, the views of
 * each role and nothing else, the planner's page without any person, the researcher's
 * pseudonyms, the import page (a broken bundle's problems, a good one landing), the users and
 * audit pages, and a console without error or Content-Security-Policy violation on every page.
 */
@BrowserTestApp
class AccessPagesBrowserTest {

    private static final String WINDOW = "t=vallee&from=2018-07-01&to=2019-06-30";
    private static final Path VALLEE = Path.of("src/test/resources/web/vallee");
    private static final Path BROKEN = Path.of("src/test/resources/web/broken-bundle");
    private static final Path BUNDLES = Path.of("target", "browser-bundles");
    /** The persons of the vallee fixture: none of them may reach a planner. */
    private static final List<String> PERSONS = List.of("P-VEUVE", "P-SEUL", "P-PING", "P-PALL", "P-ATTENTE");
    private static final List<String> ANALYSES = List.of("Méta-réseau", "Cartographie", "Situations orphelines",
            "Chevauchements", "Parcours", "Tables de concertation", "Guichet intégré", "Gestion de cas",
            "Identités des coordinateurs", "Compte consolidé", "Histoire");
    private static ChromeDriver browser;
    private static boolean ready;

    @LocalServerPort int port;
    @Autowired BundleImporter importer;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.shared();
    }

    @BeforeEach
    void fixtureAndAccounts() {
        if (!ready) {
            importer.importBundle(VALLEE);
            SignIn.as(browser, base(), "admin");
            SignIn.account(browser, "pilote-vallee", "pilote", List.of("vallee"));
            SignIn.account(browser, "chercheuse", "chercheur", List.of("*"));
            SignIn.account(browser, "planificateur-ars", "planificateur", List.of("*"));
            ready = true;
        }
    }

    @Test
    void eachRoleFindsExactlyItsViewsEveryOneDrawnWithACleanConsole() {
        Map<String, List<String>> links = new LinkedHashMap<>();
        links.put("admin", with(ANALYSES, "Import", "Utilisateurs", "Journal", "Comparer ↗", "Rapport ↗"));
        links.put("pilote-vallee", with(ANALYSES, "Import", "Comparer ↗", "Rapport ↗"));
        links.put("chercheuse", with(ANALYSES, "Comparer ↗", "Rapport ↗"));
        links.put("planificateur-ars", List.of("Méta-réseau", "Tables de concertation", "Guichet intégré", "Gestion de cas",
                "Identités des coordinateurs", "Compte consolidé", "Histoire", "Comparer ↗", "Rapport ↗"));
        Map<String, String> roles = Map.of("admin", "administrateur", "pilote-vallee", "pilote",
                "chercheuse", "chercheur", "planificateur-ars", "planificateur");
        for (var user : links.entrySet()) {
            SignIn.as(browser, base(), user.getKey());
            Chromium.consoleProblems(browser);
            open("reseau", "");
            waitFor(By.cssSelector("#network[data-nodes-drawn]"));
            assertThat(texts(By.cssSelector("#views a:not([hidden])"))).as(user.getKey()).isEqualTo(user.getValue());
            assertThat(browser.findElement(By.id("signed-in")).getText())
                    .isEqualTo("Connecté : " + user.getKey() + " (" + roles.get(user.getKey()) + ")");
            assertThat(browser.findElement(By.id("report-link")).getAttribute("href"))
                    .endsWith("/api/territories/vallee/report?from=2018-07-01&to=2019-06-30");
            for (WebElement link : browser.findElements(By.cssSelector("#views a[data-view]"))) {
                String view = link.getAttribute("data-view");
                link.click();
                waitFor(By.cssSelector("body[data-view='" + view + "'] #view > :not(.loading)"));
                waitUntilLoaded();
                assertThat(browser.findElements(By.cssSelector("#view [data-state='error']"))).as(user.getKey() + " " + view).isEmpty();
                assertThat(Chromium.consoleProblems(browser)).as(user.getKey() + " " + view).isEmpty();
                Chromium.screenshot(browser, "role-" + user.getKey() + "-" + view);
            }
            browser.get(base() + "comparer.html?territories=bourg,hameau&from=2018-07-01&to=2019-06-30");
            waitFor(By.cssSelector("#indicators tbody tr"));
            assertThat(browser.findElement(By.id("signed-in")).getText()).startsWith("Connecté : " + user.getKey());
            assertThat(Chromium.consoleProblems(browser)).as(user.getKey() + " comparer.html").isEmpty();
        }
    }

    @Test
    void aPilotPicksOnlyTheTerritoriesOfTheirScopeAndAViewOutOfRoleFallsBackWithANotice() {
        SignIn.as(browser, base(), "pilote-vallee");
        open("reseau", "");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        assertThat(new Select(browser.findElement(By.id("territory"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly("vallee", "bourg", "hameau");

        browser.get(base() + "#/reseau?t=dep-v&from=2018-07-01&to=2019-06-30");
        WebElement refused = waitFor(By.cssSelector("#view [data-state='error']"));
        Object answer = api("/api/territories/dep-v/network?from=2018-07-01&to=2019-06-30");
        assertThat(answer).asString().contains("status=403");
        assertThat(refused.getText()).as("the server's own words").isEqualTo(((Map<?, ?>) answer).get("message"));

        open("journal", "");
        WebElement notice = waitFor(By.cssSelector("#notice:not([hidden])"));
        assertThat(notice.getText()).isEqualTo("La vue « Journal » n'est pas ouverte au rôle pilote : voici la vue « Méta-réseau ».");
        assertThat(browser.getCurrentUrl()).contains("#/reseau?").contains("t=vallee");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));

        SignIn.as(browser, base(), "planificateur-ars");
        open("parcours", "&p=P-VEUVE");
        assertThat(waitFor(By.cssSelector("#notice:not([hidden])")).getText())
                .isEqualTo("La vue « Parcours » n'est pas ouverte au rôle planificateur : voici la vue « Méta-réseau ».");
        assertThat(browser.getCurrentUrl()).contains("#/reseau?").doesNotContain("P-VEUVE");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        new Select(browser.findElement(By.id("territory"))).selectByValue("bourg");
        waitFor(By.cssSelector("#notice[hidden]"));
        assertThat(browser.getCurrentUrl()).contains("#/reseau?").contains("t=bourg");
    }

    @Test
    void thePlannerSeesTheNetworkWithSmallCellsAndNoPersonInThePanelTooltipsOrExports() throws IOException {
        SignIn.as(browser, base(), "planificateur-ars");
        Chromium.consoleProblems(browser);
        open("reseau", "&sel=maia");
        WebElement drawing = waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        waitFor(By.cssSelector("#panel[data-structure-id='maia']"));
        Map<String, Object> network = apiObject("/api/territories/vallee/network?from=2018-07-01&to=2019-06-30");
        List<Map<String, Object>> links = list(network.get("links"));
        assertThat(links).extracting(l -> l.get("sharedPersons")).as("the server's small cells").contains("<5");
        assertThat(drawing.getAttribute("data-links-drawn")).isEqualTo(String.valueOf(links.size()));
        assertThat(browser.findElements(By.cssSelector("#network line.link.observed"))).hasSize(links.size())
                .allSatisfy(line -> assertThat(Double.parseDouble(line.getAttribute("stroke-width"))).isGreaterThanOrEqualTo(1));
        assertThat(texts(By.cssSelector("#network line.link.observed title"))).anySatisfy(t -> assertThat(t).contains("<5 personne(s) partagée(s)"));
        String everything = (String) browser.executeScript(
                "return document.body.innerText + [...document.querySelectorAll('title, [title], [data-explain]')]"
                        + ".map((e) => e.textContent + (e.title || '') + (e.dataset.explain || '')).join('\\n')");
        String svg = Files.readString(download(By.cssSelector("[data-export='svg']"), "meta-reseau-vallee-2018-07-01-2019-06-30.svg"));
        String csv = Files.readString(download(By.cssSelector(".partners [data-export='csv']"), "partenaires-cles-vallee-2018-07-01-2019-06-30.csv"));
        assertThat(Files.size(download(By.cssSelector("[data-export='png']"), "meta-reseau-vallee-2018-07-01-2019-06-30.png"))).isPositive();
        assertThat(Chromium.consoleProblems(browser)).as("exports under the Content-Security-Policy").isEmpty();
        assertThat(svg).contains("MAIA de la Vallée");
        assertThat(csv).contains("MAIA de la Vallée");
        for (String person : PERSONS) {
            assertThat(everything).doesNotContain(person);
            assertThat(svg).doesNotContain(person);
            assertThat(csv).doesNotContain(person);
        }
        Chromium.screenshot(browser, "planificateur-meta-reseau");
    }

    @Test
    void theResearcherReadsPseudonymsAndOpensTheParcoursOfOne() {
        SignIn.as(browser, base(), "chercheuse");
        open("orphelins", "");
        List<WebElement> rows = waitForAll(By.cssSelector("#orphans tbody tr"));
        List<String> ids = rows.stream().map(r -> r.getAttribute("data-row-id")).toList();
        assertThat(ids).hasSize(4).allMatch(id -> id.matches("r-[0-9a-f]{16}"));
        assertThat(browser.findElement(By.id("view")).getText()).doesNotContain("P-PING", "P-SEUL");
        rows.get(0).click();
        waitFor(By.cssSelector("#parcours-events li"));
        assertThat(browser.getCurrentUrl()).contains("p=" + ids.get(0));
        assertThat(browser.findElement(By.cssSelector("#view h2")).getText()).endsWith(ids.get(0));
    }

    @Test
    void theLoginPageSaysWhatWentWrongInFrenchThenReturnsToTheViewAsked() {
        SignIn.signOut(browser, base());
        Chromium.consoleProblems(browser);
        browser.get(base() + "#/orphelins?" + WINDOW);
        waitFor(By.cssSelector("#sign-in:not([hidden])"));
        assertThat(browser.getCurrentUrl()).contains("/connexion.html?suite=");
        assertThat(browser.getTitle()).isEqualTo("Maillage — connexion");
        assertThat(browser.findElement(By.cssSelector("label[for='username']")).getText()).isEqualTo("Identifiant");
        assertThat(browser.findElement(By.cssSelector("label[for='password']")).getText()).isEqualTo("Mot de passe");
        assertThat(Chromium.consoleProblems(browser)).as("the login page").isEmpty();
        Chromium.screenshot(browser, "connexion");

        SignIn.submit(browser, "admin", "pas-le-bon-mot-de-passe");
        WebElement error = waitFor(By.cssSelector("#sign-in-error:not(:empty)"));
        assertThat(error.getText()).doesNotContain("Erreur").containsIgnoringCase("mot de passe");
        Chromium.screenshot(browser, "connexion-erreur");
        SignIn.submit(browser, "admin", SignIn.ADMIN_PASSWORD);
        waitFor(By.cssSelector("#orphans tbody tr"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "#/orphelins?" + WINDOW);

        // the session ends while the page is open: its next call leads to the login page, and back
        browser.manage().deleteAllCookies();
        new Select(browser.findElement(By.id("territory"))).selectByValue("bourg");
        waitFor(By.cssSelector("#sign-in:not([hidden])"));
        SignIn.submit(browser, "admin", SignIn.ADMIN_PASSWORD);
        waitFor(By.cssSelector("[data-reason-count='all']"));
        assertThat(browser.getCurrentUrl()).startsWith(base() + "#/orphelins?").contains("t=bourg");

        for (String elsewhere : List.of("//example.org/", "https://example.org/", "/\\example.org", "javascript:alert(1)")) {
            SignIn.signOut(browser, base());
            browser.get(base() + "connexion.html?suite=" + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8));
            SignIn.submit(browser, "admin", SignIn.ADMIN_PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getCurrentUrl().contains("connexion.html"));
            assertThat(browser.getCurrentUrl()).as(elsewhere).startsWith(base());
        }

        waitFor(By.id("sign-out")).click();
        waitFor(By.cssSelector("#signed-out:not([hidden])"));
        assertThat(browser.getCurrentUrl()).endsWith("/connexion.html?deconnecte=1");
        assertThat(api("/api/me")).asString().contains("401");
    }

    @Test
    void anAccountAnAdminCreatedChoosesItsOwnPasswordAtItsFirstSignIn() {
        SignIn.as(browser, base(), "admin");
        SignIn.account(browser, "premiere-connexion", "chercheur", List.of("vallee"));
        SignIn.signOut(browser, base());
        browser.get(base() + "connexion.html");
        SignIn.submit(browser, "premiere-connexion", "provisoire-de-premiere-connexion");
        waitFor(By.cssSelector("#change-password:not([hidden])"));
        assertThat(browser.findElement(By.id("current-password-field")).isDisplayed()).as("just typed: not asked again").isFalse();
        Chromium.screenshot(browser, "connexion-nouveau-mot-de-passe");
        type("new-password", "trop-court");
        type("confirm-password", "trop-court");
        browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#new-password-error:not(:empty)")).getText()).contains("12 caractères");
        type("new-password", "une phrase que je retiens");
        type("confirm-password", "une phrase que je retiendrai");
        browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#confirm-password-error:not(:empty)")).getText()).isEqualTo("Les deux saisies diffèrent.");

        // leaving for the page without choosing: the page sends the account back, now asking for the password in force
        browser.get(base() + "#/orphelins?" + WINDOW);
        waitFor(By.cssSelector("#change-password:not([hidden])"));
        assertThat(browser.getCurrentUrl()).contains("/connexion.html?changer=1&suite=");
        assertThat(browser.findElement(By.id("current-password-field")).isDisplayed()).isTrue();
        type("current-password", "provisoire-de-premiere-connexion");
        type("new-password", "une phrase que je retiens");
        type("confirm-password", "une phrase que je retiens");
        browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
        waitFor(By.cssSelector("#orphans tbody tr"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "#/orphelins?" + WINDOW);
        assertThat(waitFor(By.id("signed-in")).getText()).isEqualTo("Connecté : premiere-connexion (chercheur)");
        assertThat(api("/api/me")).asString().contains("mustChangePassword=false");
    }

    @Test
    void aPilotReadsEveryProblemOfABrokenBundleAndDownloadsThem() throws IOException {
        Path zip = zip(BROKEN, BUNDLES.resolve("export-casse.zip"));
        SignIn.as(browser, base(), "pilote-vallee");
        open("import", "");
        waitFor(By.id("import-form"));
        browser.findElement(By.id("import-files")).sendKeys(zip.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();
        waitFor(By.cssSelector("#import-errors tbody tr"));
        List<List<String>> problems = browser.findElements(By.cssSelector("#import-errors tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        // worked out in broken-bundle/README.md
        assertThat(problems).extracting(p -> p.subList(0, 3)).containsExactlyInAnyOrder(
                List.of("=2+3.csv", "", ""), List.of("structures.csv", "2", "sector"),
                List.of("persons.csv", "1", "nom"), List.of("referrals.csv", "2", "date"));
        assertThat(problems).filteredOn(p -> p.get(0).equals("structures.csv")).singleElement()
                .satisfies(p -> assertThat(p.get(3)).contains("sanitair"));
        assertThat(problems).filteredOn(p -> p.get(0).equals("referrals.csv")).singleElement()
                .satisfies(p -> assertThat(p.get(3)).contains("2019-02-30"));
        assertThat(browser.findElement(By.cssSelector("#import-result [data-state='error']")).getText())
                .startsWith("Lot refusé : rien n'a été écrit. 4 problèmes");
        Chromium.screenshot(browser, "import-refuse");

        browser.findElement(By.cssSelector("#import-result [data-export='csv']")).click();
        Path csv = newest("problemes-import-");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\ufeffFichier,Ligne,Colonne,Message");
        assertThat(lines).hasSize(5).anySatisfy(line -> assertThat(line).startsWith("'=2+3.csv,,,"))
                .anySatisfy(line -> assertThat(line).startsWith("persons.csv,1,nom,"));

        List<Map<String, Object>> history = apiList("/api/imports");
        assertThat(history.get(0)).containsEntry("status", "rejetee").containsEntry("user", "pilote-vallee");
        WebElement row = waitFor(By.cssSelector("#import-history tbody tr[data-row-id='" + history.get(0).get("id") + "']"));
        assertThat(row.getText()).contains("pilote-vallee", "refusé");
    }

    @Test
    void anImportOfSeveralCsvFilesLandsWithItsProgressItsCountsTheHistoryAndTheDataDate() throws IOException {
        GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.country(11, LocalDate.of(2026, 6, 30), 1,
                new TerritorySize(30, 1_200, 6_000)), BUNDLES.resolve("pays"));
        SignIn.as(browser, base(), "admin");
        open("import", "");
        waitFor(By.id("import-form"));
        String files;
        try (Stream<Path> csv = Files.list(bundle.folder())) {
            files = csv.filter(f -> f.toString().endsWith(".csv")).map(f -> f.toAbsolutePath().toString()).sorted()
                    .collect(Collectors.joining("\n"));
        }
        browser.findElement(By.id("import-files")).sendKeys(files);
        // every state the progress bar goes through, as the page shows it
        browser.executeScript("""
                window.seen = [];
                new MutationObserver(() => {
                  const bar = document.getElementById('import-bar');
                  if (bar) window.seen.push(`${bar.dataset.status}/${bar.dataset.rowsDone}/${bar.dataset.rowsTotal}`);
                }).observe(document.getElementById('import-progress'), { subtree: true, childList: true, attributes: true });
                """);
        browser.findElement(By.id("import-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-counts tbody tr")));
        long total = bundle.totalRows();
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.executeScript("return window.seen;");
        List<String[]> writing = seen.stream().filter(state -> state.matches("(en_cours|publication)/\\d+/\\d+"))
                .map(state -> state.split("/")).toList();
        assertThat(writing).as("the bar while the rows were written, in " + seen).isNotEmpty().allSatisfy(state -> {
            assertThat(Long.parseLong(state[2])).isEqualTo(total);
            assertThat(Long.parseLong(state[1])).isBetween(0L, total);
        });
        assertThat(seen.get(seen.size() - 1)).isEqualTo("terminee/" + total + "/" + total);
        assertThat(spaced(browser.findElement(By.id("import-progress-text")).getText()))
                .isEqualTo(spaced(String.format(Locale.FRANCE, "%,d lignes écrites sur %,d (100 %%) — import terminé.", total, total)));
        Map<String, String> counts = new LinkedHashMap<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#import-counts tbody tr"))) {
            counts.put(tr.getAttribute("data-file"), tr.findElements(By.tagName("td")).get(1).getText().replaceAll("[\\s\\u202f\\u00a0]", ""));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        bundle.rows().forEach((file, rows) -> expected.put(file, String.valueOf(rows)));
        assertThat(counts).isEqualTo(expected);
        Chromium.screenshot(browser, "import-termine");

        Map<String, Object> latest = apiList("/api/imports").get(0);
        assertThat(latest).containsEntry("status", "terminee").containsEntry("user", "admin");
        WebElement row = waitFor(By.cssSelector("#import-history tbody tr[data-row-id='" + latest.get("id") + "']"));
        assertThat(row.getText()).contains("admin", "terminé");
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE)
                .format(Instant.parse((String) latest.get("endedAt")).atZone(ZoneId.systemDefault()));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.id("data-date")).getText().equals("données au " + day));
    }

    @Test
    void anAdminCreatesChangesAndDisablesAnAccountAndReadsTheServersRefusalsBesideTheirFields() {
        SignIn.as(browser, base(), "admin");
        open("utilisateurs", "");
        waitFor(By.cssSelector("#users tbody tr[data-row-id='admin']"));
        type("user-create-username", "nouvelle-pilote");
        type("user-create-password", "court");
        new Select(browser.findElement(By.id("user-create-role"))).selectByValue("pilote");
        new Select(browser.findElement(By.id("user-create-territories"))).selectByValue("vallee");
        browser.findElement(By.cssSelector("#user-create button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#user-create-password-error:not(:empty)")).getText()).contains("12");
        assertThat(browser.findElement(By.id("user-create-password")).getAttribute("aria-invalid")).isEqualTo("true");

        type("user-create-password", "provisoire-de-la-nouvelle");
        new Select(browser.findElement(By.id("user-create-territories"))).deselectAll();
        browser.findElement(By.cssSelector("#user-create button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#user-create-territories-error:not(:empty)")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("user-create-password-error")).getText()).isEmpty();

        new Select(browser.findElement(By.id("user-create-territories"))).selectByValue("vallee");
        browser.findElement(By.cssSelector("#user-create button[type=submit]")).click();
        WebElement created = waitFor(By.cssSelector("#users tbody tr[data-row-id='nouvelle-pilote']"));
        assertThat(created.getText()).contains("pilote", "La Vallée", "actif", "à changer à la prochaine connexion");
        Chromium.screenshot(browser, "utilisateurs");

        created.findElement(By.cssSelector("[data-edit]")).click();
        waitFor(By.cssSelector("#user-edit[data-username='nouvelle-pilote']"));
        new Select(browser.findElement(By.id("user-edit-role"))).selectByValue("chercheur");
        browser.findElement(By.id("user-edit-enabled")).click();
        browser.findElement(By.cssSelector("#user-edit button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.id("users-status")).getText().equals("Compte « nouvelle-pilote » modifié."));
        assertThat(browser.findElement(By.cssSelector("#users tbody tr[data-row-id='nouvelle-pilote']")).getText())
                .contains("chercheur", "désactivé");
        Map<String, Object> user = apiList("/api/users").stream().filter(u -> "nouvelle-pilote".equals(u.get("username")))
                .findFirst().orElseThrow();
        assertThat(user).containsEntry("role", "chercheur").containsEntry("enabled", false)
                .containsEntry("territories", List.of("vallee"));
    }

    @Test
    void theAuditPageFiltersTheJournalExportsItAndVerifiesItsChain() {
        SignIn.as(browser, base(), "admin");
        browser.get(base() + "#/journal?" + WINDOW + "&action=login&qui=admin");
        List<WebElement> rows = waitForAll(By.cssSelector("#audit tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(tr -> {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            assertThat(cells.get(2).getText()).isEqualTo("admin");
            assertThat(cells.get(3).getText()).isEqualTo("connexion");
        });
        List<Long> sequence = rows.stream().map(tr -> Long.parseLong(tr.getAttribute("data-row-id"))).toList();
        assertThat(sequence).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(new Select(browser.findElement(By.id("audit-action"))).getFirstSelectedOption().getText()).isEqualTo("connexion");

        String csvAddress = browser.findElement(By.id("audit-csv")).getAttribute("href");
        assertThat(csvAddress).endsWith("/api/audit?user=admin&action=login&format=csv");
        String csv = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done(String(e)));
                """, csvAddress);
        assertThat(csv.lines().skip(1)).hasSize(rows.size()).allSatisfy(line -> assertThat(line).contains("admin", "login"));

        browser.findElement(By.id("audit-verify")).click();
        WebElement verdict = waitFor(By.cssSelector("#audit-verify-result[data-valid]"));
        assertThat(verdict.getAttribute("data-valid")).isEqualTo("true");
        assertThat(verdict.getText()).startsWith("Chaîne intègre : ");
        Chromium.screenshot(browser, "journal");

        new Select(browser.findElement(By.id("audit-action"))).selectByValue("logout");
        browser.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().contains("action=logout"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void open(String view, String more) {
        browser.get(base() + "#/" + view + "?" + WINDOW + more);
    }

    /** French text with plain spaces where French numbers put narrow or no-break ones. */
    private static String spaced(String text) {
        return text.replaceAll("[\u202f\u00a0]", " ");
    }

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(e -> e.getAttribute("textContent").strip()).toList();
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static List<WebElement> waitForAll(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }

    /** Until the view has no loading state left (the méta-réseau's layout included). */
    private static void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.cssSelector("#view [data-state='loading']")).isEmpty());
    }

    /** The file the page exports when {@code button} is clicked, once the browser has written it. */
    private static Path download(By button, String name) throws IOException {
        Path file = Chromium.DOWNLOADS.resolve(name);
        Files.deleteIfExists(file);
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Files.isRegularFile(file));
        return file;
    }

    /** The latest download whose name starts so. */
    private static Path newest(String prefix) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            try (Stream<Path> files = Files.list(Chromium.DOWNLOADS)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".csv"))
                        .max((x, y) -> x.toFile().lastModified() < y.toFile().lastModified() ? -1 : 1).orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** An API answer, fetched by the page's own origin (its status and message when it is refused). */
    private static Object api(String path) {
        return browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
                  .then((r) => r.json()).then(done, (e) => done(String(e)));
                """, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> apiObject(String path) {
        return (Map<String, Object>) api(path);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> apiList(String path) {
        return (List<Map<String, Object>>) api(path);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
