package org.gongwen.security;

import java.util.Optional;

/** Where people come from; implemented by the organisation module. */
public interface UserDirectory {

    Optional<DirectoryUser> findByUsername(String username);

    Optional<DirectoryUser> findById(long personId);
}
