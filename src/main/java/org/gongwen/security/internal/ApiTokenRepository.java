package org.gongwen.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUnitIdOrderByCreatedAtDescIdDesc(long unitId);

    long countByUnitIdAndRevokedAtIsNull(long unitId);

    boolean existsByUnitIdAndNameAndRevokedAtIsNull(long unitId, String name);

    /** Records a use, but writes at most once per token and interval: not a write on every request. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
