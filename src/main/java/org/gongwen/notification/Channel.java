package org.gongwen.notification;

import java.util.EnumSet;
import java.util.Set;

/** How a notification reaches a person: the in-app message always stays until read (A9.1). */
public enum Channel {
    IN_APP,
    EMAIL,
    SMS;

    /** Every channel: for alerts there is no second notice of, such as a newly received document. */
    public static Set<Channel> all() {
        return EnumSet.allOf(Channel.class);
    }
}
