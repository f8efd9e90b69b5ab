package org.gongwen.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongwen.notification.Contact;
import org.gongwen.organization.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByUnitIdOrderByIdAsc(long unitId);

    /** People's addresses as values, none for someone no longer active. */
    @Query("select new org.gongwen.notification.Contact(p.id, case when p.active = true then p.email end,"
            + " case when p.active = true then p.mobile end) from Person p where p.id in :ids")
    List<Contact> findContactsByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select p.id from Person p join p.roles r where p.unitId = :unitId and r = :role and p.active = true"
            + " order by p.id")
    List<Long> findActiveIdsWithRole(long unitId, Role role);

    /** {@link #findActiveIdsWithRole} for several units at once: pairs of unit id and person id. */
    @Query("select p.unitId, p.id from Person p join p.roles r where p.unitId in :unitIds and r = :role"
            + " and p.active = true order by p.id")
    List<Object[]> findActiveIdsWithRoleIn(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);

    @Query("select distinct p from Person p join p.roles r where r = :role order by p.id")
    List<Person> findByRole(Role role);
}
