package org.gongwen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationServiceTests {

    @Test
    void longTitlesAreShortenedToFitNotRefused() {
        String title = "收到公文：" + "关于".repeat(200);
        String shortened = NotificationService.shorten(title, NotificationService.TITLE_MAX);
        assertThat(shortened)
                .hasSize(NotificationService.TITLE_MAX)
                .endsWith("…")
                .startsWith("收到公文：关于");
        assertThat(NotificationService.shorten("短标题", 200)).isEqualTo("短标题");
        assertThat(NotificationService.shorten(null, 200)).isNull();
    }
}
