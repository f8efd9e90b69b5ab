package org.gongwen.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransmissionMachineRepository extends JpaRepository<TransmissionMachine, Long> {

    List<TransmissionMachine> findByUnitIdOrderByKindAscNameAsc(long unitId);

    List<TransmissionMachine> findByResponsibleId(long responsibleId);
}
