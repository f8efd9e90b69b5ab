package org.gongwen.seal.internal;

import java.util.Optional;
import org.gongwen.seal.SealProperties.KeyAlgorithm;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyCaRepository extends JpaRepository<CountyCa, Long> {

    /** The county CA of PDF signatures (RSA or EC). */
    default Optional<CountyCa> findCurrent() {
        return findFirstByActiveTrueAndKeyAlgorithmNotOrderByIdDesc(KeyAlgorithm.SM2);
    }

    /** The SM2 county CA of OFD seals. */
    default Optional<CountyCa> findCurrentSm2() {
        return findFirstByActiveTrueAndKeyAlgorithmOrderByIdDesc(KeyAlgorithm.SM2);
    }

    Optional<CountyCa> findFirstByActiveTrueAndKeyAlgorithmNotOrderByIdDesc(KeyAlgorithm algorithm);

    Optional<CountyCa> findFirstByActiveTrueAndKeyAlgorithmOrderByIdDesc(KeyAlgorithm algorithm);
}
