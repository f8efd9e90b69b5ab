package org.gongwen.organization.internal;

import java.util.Optional;
import org.gongwen.notification.Contact;
import org.gongwen.notification.ContactDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module the registered e-mail and mobile of people (A9.1). */
@Component
class OrganizationContactDirectory implements ContactDirectory {

    private final PersonRepository people;

    OrganizationContactDirectory(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> byId(long personId) {
        return people.findContactById(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> byUsername(String username) {
        return people.findByUsername(username).map(OrganizationContactDirectory::contact);
    }

    private static Contact contact(Person person) {
        return person.isActive()
                ? new Contact(person.getId(), person.getEmail(), person.getMobile())
                : new Contact(person.getId(), null, null);
    }
}
