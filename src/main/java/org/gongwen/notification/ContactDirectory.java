package org.gongwen.notification;

import java.util.Optional;

/**
 * Who can be reached where; implemented by the organisation module, which depends on this one.
 * A person who is not active has neither address: they get no e-mail or SMS.
 */
public interface ContactDirectory {

    Optional<Contact> byId(long personId);

    Optional<Contact> byUsername(String username);
}
