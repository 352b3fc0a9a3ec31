package fr.maillage.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A {@link UserAccount} as Spring Security signs it in: locked while its lock runs, off when disabled. */
final class SignedInUser implements UserDetails {

    private final UserAccount account;
    private final boolean locked;

    SignedInUser(UserAccount account, Clock clock) {
        this.account = account;
        this.locked = account.lockedAt(clock.instant());
    }

    UserAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
