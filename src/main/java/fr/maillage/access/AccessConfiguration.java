package fr.maillage.access;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the users and the audit trail need in any app, the command line's included. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    /** Spring Security's delegating encoder: bcrypt today, each hash tagged with its algorithm for tomorrow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The time of sign-in locks and audit records; tests give their own. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
