package org.gongwen.security;

import java.time.Clock;
import org.gongwen.security.internal.Account;
import org.gongwen.security.internal.AccountRepository;
import org.gongwen.security.internal.PasswordPolicyService;
import org.gongwen.security.internal.VerifiedCredentialCache;
import org.gongwen.shared.BusinessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords under the password policy (A36). */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicyService policy;
    private final Clock clock;
    private final VerifiedCredentialCache verified;

    public AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicyService policy,
            Clock clock,
            VerifiedCredentialCache verified) {
        this.verified = verified;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** Hashes once so that many accounts can be seeded with the same password quickly. */
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Transactional
    public void createAccount(long personId, String passwordHash) {
        if (accounts.existsById(personId)) {
            throw BusinessException.conflict("error.accountExists");
        }
        accounts.save(new Account(personId, passwordHash, clock.instant()));
    }

    /** An account whose initial password counts as expired, so the first login forces a change (A36). */
    @Transactional
    public void createAccountToChangeAtFirstLogin(long personId, String initialPassword) {
        checkStrength(initialPassword == null ? "" : initialPassword);
        if (accounts.existsById(personId)) {
            throw BusinessException.conflict("error.accountExists");
        }
        accounts.save(new Account(personId, encoder.encode(initialPassword), java.time.Instant.EPOCH));
    }

    @Transactional
    public void changePassword(long personId, String currentPassword, String newPassword) {
        Account account =
                accounts.findById(personId).orElseThrow(() -> BusinessException.notFound("error.accountNotFound"));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessException.invalid("password.error.currentWrong");
        }
        checkStrength(newPassword);
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw BusinessException.invalid("password.error.sameAsOld");
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        // the new hash already fails the old entries; forget them anyway, so they cannot linger
        verified.forgetPerson(personId);
    }

    private void checkStrength(String password) {
        policy.check(password);
    }
}
