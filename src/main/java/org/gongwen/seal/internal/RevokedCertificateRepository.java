package org.gongwen.seal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevokedCertificateRepository extends JpaRepository<RevokedCertificate, RevokedCertificate.Key> {

    List<RevokedCertificate> findByAuthority(RevokedCertificate.Authority authority);
}
