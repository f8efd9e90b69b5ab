package org.gongwen.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongwen.organization.UnitInfo;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    /** Units' facts as values: nothing joins the persistence context (a large send reads one per recipient). */
    @Query("select new org.gongwen.organization.UnitInfo(u.id, u.code, u.fullName, u.shortName, u.kind, u.parentId,"
            + " u.docPrefix, u.holdsPhysicalSeal, u.active) from Unit u where u.id in :ids")
    List<UnitInfo> findInfoByIdIn(@Param("ids") Collection<Long> ids);

    List<Unit> findAllByOrderBySortOrderAscIdAsc();
}
