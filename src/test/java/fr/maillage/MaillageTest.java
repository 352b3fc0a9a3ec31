package fr.maillage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the app on its own embedded database under {@code target/test-db/}, without
 * the demo. The Spring context (and so the database) is shared by every test class that uses
 * this annotation as it is: clear the graph with {@link TestGraph#clear} where a test needs it empty.
 * Exchange logs are not kept up in the background here (a test calls {@code keepUpNow} when it
 * wants them all), so that nothing writes behind a test's back. {@code POST /api/imports?path=}
 * reads under {@code target/test-imports/} (created by the tests that use it). Bolt is open, so that
 * tests may autowire the {@link org.neo4j.driver.Driver} (signed in with the generated password). The
 * admin signs in with {@link SignedIn#ADMIN_PASSWORD}. No answer is shared between requests
 * ({@code maillage.cache.max-answers=0}, {@code maillage.cache.max-indicator-rows=0}) and no comparison
 * is prepared in the background: tests write the graph by hand, which moves no data version.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"maillage.demo=false", "maillage.data-dir=target/test-db/${random.uuid}",
        "maillage.page-cache-bytes=67108864", "maillage.exchange-logs.keep-up=false",
        "maillage.import.folder=target/test-imports", "maillage.admin-password=" + SignedIn.ADMIN_PASSWORD,
        "maillage.bolt.enabled=true", "maillage.cache.max-answers=0",
        "maillage.cache.max-indicator-rows=0", "maillage.compare.warm-up="})
public @interface MaillageTest {
}
