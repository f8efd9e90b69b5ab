package org.gongwen.organization.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongwen.notification.Contact;
import org.gongwen.notification.ContactDirectory;
import org.gongwen.shared.TransactionScoped;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module the registered e-mail and mobile of people (A9.1). */
@Component
public class OrganizationContactDirectory implements ContactDirectory {

    private final PersonRepository people;

    OrganizationContactDirectory(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> byId(long personId) {
        return TransactionScoped.get(
                contactKey(personId),
                () -> people.findContactsByIdIn(List.of(personId)).stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> byUsername(String username) {
        return people.findByUsername(username).flatMap(person -> byId(person.getId()));
    }

    /** Reads these people's addresses in one query, for {@link #byId} later in this transaction. */
    @Transactional(readOnly = true)
    public void readAhead(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Set<Long> missing = new HashSet<>(personIds);
        for (Contact contact : people.findContactsByIdIn(personIds)) {
            TransactionScoped.put(contactKey(contact.personId()), Optional.of(contact));
            missing.remove(contact.personId());
        }
        missing.forEach(id -> TransactionScoped.put(contactKey(id), Optional.empty()));
    }

    private static String contactKey(long personId) {
        return "contact-" + personId;
    }
}
