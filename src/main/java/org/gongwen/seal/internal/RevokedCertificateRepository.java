package org.gongwen.seal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevokedCertificateRepository extends JpaRepository<RevokedCertificate, String> {
}
