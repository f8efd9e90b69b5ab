package org.gongwen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gongwen.notification.internal.NotificationProperties;
import org.junit.jupiter.api.Test;

class NotificationPropertiesTests {

    private final NotificationProperties properties = new NotificationProperties(
            true,
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            10,
            Duration.ofMinutes(1),
            Duration.ofHours(6),
            50,
            "gongwen@localhost",
            "http://localhost:8080");

    @Test
    void theWaitDoublesAfterEveryFailedAttemptUpToTheMaximum() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.backoffAfter(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
        assertThat(properties.backoffAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(properties.backoffAfter(1000)).isEqualTo(Duration.ofHours(6));
    }
}
