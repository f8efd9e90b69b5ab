/** In-app notifications that stay until read (A9.1); e-mail and SMS come with document receipt. */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.gongwen.notification;
