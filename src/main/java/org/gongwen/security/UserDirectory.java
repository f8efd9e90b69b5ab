package org.gongwen.security;

import java.util.List;
import java.util.Optional;

/** Where people and units come from; implemented by the organisation module. */
public interface UserDirectory {

    Optional<DirectoryUser> findByUsername(String username);

    Optional<DirectoryUser> findById(long personId);

    Optional<DirectoryUnit> findUnit(long unitId);

    /** Every unit, in the directory's order. */
    List<DirectoryUnit> units();
}
