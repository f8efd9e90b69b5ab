package org.gongwen.security.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordPolicySettingsRepository extends JpaRepository<PasswordPolicySettings, Long> {}
