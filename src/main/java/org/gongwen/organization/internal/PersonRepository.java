package org.gongwen.organization.internal;

import java.util.List;
import java.util.Optional;
import org.gongwen.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByUnitIdOrderByIdAsc(long unitId);

    @Query("select p.id from Person p join p.roles r where p.unitId = :unitId and r = :role and p.active = true"
            + " order by p.id")
    List<Long> findActiveIdsWithRole(long unitId, Role role);

    @Query("select distinct p from Person p join p.roles r where r = :role order by p.id")
    List<Person> findByRole(Role role);
}
