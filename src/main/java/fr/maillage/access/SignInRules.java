package fr.maillage.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are slowed down and then locked ({@code maillage.sign-in.*}).
 *
 * @param maxFailures   consecutive failures that lock an account
 * @param lock          how long the lock lasts
 * @param firstDelay    the answer to a failed sign-in waits this long, doubled at each further failure
 * @param longestDelay  and never longer than this
 */
@ConfigurationProperties(prefix = "maillage.sign-in")
public record SignInRules(Integer maxFailures, Duration lock, Duration firstDelay, Duration longestDelay) {

    public SignInRules {
        maxFailures = maxFailures != null ? maxFailures : 5;
        lock = lock != null ? lock : Duration.ofMinutes(15);
        firstDelay = firstDelay != null ? firstDelay : Duration.ofMillis(500);
        longestDelay = longestDelay != null ? longestDelay : Duration.ofSeconds(8);
    }

    /** The wait after the {@code failures}-th failure in a row: 0.5 s, 1 s, 2 s, 4 s, 8 s by default. */
    Duration delayAfter(int failures) {
        long millis = firstDelay.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, longestDelay.toMillis()));
    }
}
