package org.gongwen.security.internal;

import java.time.Clock;
import java.time.Instant;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.DirectoryUser;
import org.gongwen.security.UserDirectory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GongwenUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;
    private final AccountRepository accounts;
    private final PasswordPolicyService policies;
    private final Clock clock;

    GongwenUserDetailsService(
            UserDirectory directory, AccountRepository accounts, PasswordPolicyService policies, Clock clock) {
        this.directory = directory;
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public GongwenPrincipal loadUserByUsername(String username) {
        DirectoryUser user =
                directory.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Account account = accounts.findById(user.personId()).orElseThrow(() -> new UsernameNotFoundException(username));
        Instant now = clock.instant();
        return new GongwenPrincipal(
                CurrentUser.of(user),
                account.getPasswordHash(),
                false,
                user.active(),
                account.isPasswordExpired(now, policies.current().passwordMaxAgeDays()));
    }
}
