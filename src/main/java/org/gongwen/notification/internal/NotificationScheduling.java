package org.gongwen.notification.internal;

import org.gongwen.notification.UnreadCountFeed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the outbox dispatcher and the badge refresh on their own; tests turn this off
 * ({@code gongwen.notification.scheduler-enabled=false}) and call them when they want.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "gongwen.notification", name = "scheduler-enabled", matchIfMissing = true)
class NotificationScheduling implements SchedulingConfigurer {

    private final OutboxDispatcher dispatcher;
    private final UnreadCountFeed feed;
    private final NotificationProperties properties;

    NotificationScheduling(OutboxDispatcher dispatcher, UnreadCountFeed feed, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.feed = feed;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(dispatcher::dispatchPending, properties.dispatchInterval());
        registrar.addFixedDelayTask(feed::refreshAll, properties.badgeInterval());
    }
}
