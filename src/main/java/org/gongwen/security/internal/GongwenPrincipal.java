package org.gongwen.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gongwen.security.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal. An account whose password has expired holds only
 * {@link #PASSWORD_EXPIRED}: it may change its password and nothing else. An office system
 * (API token) holds only {@code ROLE_OFFICE_SYSTEM}, not {@link #ACTIVE}: it reaches only the
 * interface endpoints, never what signed-in people may do.
 */
public final class GongwenPrincipal implements UserDetails {

    public static final String ACTIVE = "ACTIVE";
    public static final String PASSWORD_EXPIRED = "PASSWORD_EXPIRED";

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final boolean passwordExpired;

    public GongwenPrincipal(
            CurrentUser user, String passwordHash, boolean locked, boolean enabled, boolean passwordExpired) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
        this.passwordExpired = passwordExpired;
    }

    /** A unit's office system, authenticated by an API token; it has no password. */
    public static GongwenPrincipal officeSystem(CurrentUser system) {
        return new GongwenPrincipal(system, "", false, true, false);
    }

    public CurrentUser currentUser() {
        return user;
    }

    public boolean passwordExpired() {
        return passwordExpired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (passwordExpired) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_EXPIRED));
        }
        if (user.isOfficeSystem()) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + CurrentUser.OFFICE_SYSTEM));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ACTIVE));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
