/**
 * Notifications (A9.1): in-app messages that stay until read, with live unread badges; e-mail and
 * SMS through a transactional outbox. People's addresses come from a {@link ContactDirectory}
 * the organisation module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.gongwen.notification;
