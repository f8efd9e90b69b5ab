package org.gongwen.notification;

/** Where a person can be reached outside the application; either address may be null. */
public record Contact(long personId, String email, String mobile) {}
