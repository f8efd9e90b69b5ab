package org.gongwen.security;

import org.springframework.stereotype.Component;

/**
 * People's names for the usernames that records keep, for the screens: a person is shown by name,
 * never by login name. A name the directory does not know (the system, an office system) stays as is.
 */
@Component
public class PersonNames {

    private final UserDirectory directory;

    PersonNames(UserDirectory directory) {
        this.directory = directory;
    }

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return directory.findByUsername(username).map(DirectoryUser::fullName).orElse(username);
    }
}
