package org.gongwen.organization;

import java.util.Set;

/** A handover moved these roles from the outgoing person to the successor (A32); other modules move what they hold. */
public record StaffHandedOver(long outgoingId, long successorId, Set<Role> roles) {}
