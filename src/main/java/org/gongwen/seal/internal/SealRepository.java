package org.gongwen.seal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SealRepository extends JpaRepository<Seal, Long> {

    List<Seal> findByUnitIdOrderByIdAsc(long unitId);

    List<Seal> findAllByOrderByIdDesc();

    List<Seal> findBySerialNumber(String serialNumber);

    List<Seal> findBySm2SerialNumber(String sm2SerialNumber);

    List<Seal> findByCustodianId(long custodianId);

    /** The seal a unit stamps its documents with: its active document seal (公文专用章), else its active official seal. */
    default Optional<Seal> stampSeal(long unitId) {
        List<Seal> active = findByUnitIdOrderByIdAsc(unitId).stream()
                .filter(s -> s.getStatus() == SealStatus.ACTIVE)
                .toList();
        return active.stream()
                .filter(s -> s.getType() == SealType.DOCUMENT)
                .findFirst()
                .or(() -> active.stream()
                        .filter(s -> s.getType() == SealType.OFFICIAL)
                        .findFirst());
    }
}
