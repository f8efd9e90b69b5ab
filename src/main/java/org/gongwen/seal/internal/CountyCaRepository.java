package org.gongwen.seal.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyCaRepository extends JpaRepository<CountyCa, Long> {

    Optional<CountyCa> findFirstByActiveTrueOrderByIdDesc();
}
