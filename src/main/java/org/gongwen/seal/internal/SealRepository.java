package org.gongwen.seal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SealRepository extends JpaRepository<Seal, Long> {

    List<Seal> findByUnitIdOrderByIdAsc(long unitId);

    List<Seal> findAllByOrderByIdDesc();

    List<Seal> findBySerialNumber(String serialNumber);

    List<Seal> findByCustodianId(long custodianId);
}
