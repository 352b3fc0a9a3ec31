package fr.maillage.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The app every browser test drives: no demo, a fresh store, a small page cache, a known admin
 * password and Bolt open (the tests clear the graph through the driver, which moves no data version: no
 * answer is shared between requests). The same annotation on every class gives them one Spring context, so one database:
 * each class leaves the others' fixtures alone, and the accounts it creates stay for the next.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.admin-password=" + SignIn.ADMIN_PASSWORD, "maillage.bolt.enabled=true",
        "maillage.cache.max-answers=0", "maillage.cache.max-indicator-rows=0", "maillage.compare.warm-up="})
@interface BrowserTestApp {
}
