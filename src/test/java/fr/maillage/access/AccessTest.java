package fr.maillage.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of who may see what, against the app on its own embedded database, without the demo:
 * every class so annotated shares one Spring context. Bolt is open for the tests' {@code Driver}. The admin's password comes from
 * {@code maillage.admin-password}; failed sign-ins wait 150 ms, then 300 ms (long enough to be
 * measured above a password check), and lock an account after 3 in a row for 10 minutes of the
 * {@link TestClock}, which a test moves forward instead of waiting.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"maillage.demo=false", "maillage.data-dir=target/test-db/${random.uuid}",
        "maillage.page-cache-bytes=67108864", "maillage.exchange-logs.keep-up=false", "maillage.bolt.enabled=true",
        "maillage.admin-password=" + NordSud.ADMIN_PASSWORD,
        "maillage.sign-in.first-delay=150ms", "maillage.sign-in.longest-delay=300ms",
        "maillage.sign-in.max-failures=3", "maillage.sign-in.lock=10m"})
@Import(TestClock.Configuration.class)
public @interface AccessTest {
}
