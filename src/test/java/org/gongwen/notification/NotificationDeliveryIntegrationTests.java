package org.gongwen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongwen.notification.internal.OutboxDispatcher;
import org.gongwen.notification.internal.OutboxMessage;
import org.gongwen.notification.internal.OutboxMessageRepository;
import org.gongwen.notification.internal.OutboxState;
import org.gongwen.notification.internal.SmsOutboxMessage;
import org.gongwen.notification.internal.SmsOutboxMessageRepository;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail and SMS leave through the outbox (A9.1): GreenMail is the SMTP server; the shared
 * context's mail sender is pointed at it for the test and back afterwards.
 */
@IntegrationTest
class NotificationDeliveryIntegrationTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    NotificationService notifications;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    SmsOutboxMessageRepository smsOutbox;

    @Autowired
    OrganizationService organization;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;
    private String configuredHost;
    private int configuredPort;

    @BeforeEach
    void rememberServer() {
        configuredHost = mailSender.getHost();
        configuredPort = mailSender.getPort();
    }

    @AfterEach
    void restore() {
        if (smtp != null) {
            smtp.stop();
        }
        mailSender.setHost(configuredHost);
        mailSender.setPort(configuredPort);
    }

    @Test
    void theEmailReachesTheRegisteredAddressInChineseWithTheLink() throws Exception {
        startSmtp(0);
        PersonInfo clerk = person("xn-mail@xn.example", "13900000001");

        notifications.notify(
                List.of(clerk.id()),
                "收到公文：关于做好防汛工作的通知",
                "清河府办〔2026〕7号",
                "inbox",
                Set.of(Channel.IN_APP, Channel.EMAIL));
        dispatcher.dispatchPending();

        MimeMessage mail = single(receivedBy("xn-mail@xn.example"));
        assertThat(mail.getSubject()).isEqualTo("收到公文：关于做好防汛工作的通知");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("清河府办〔2026〕7号", "请登录公文交换系统查看：http://localhost:8080/inbox");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("gongwen@localhost");
        OutboxMessage row = single(outbox.findByPersonIdOrderByIdAsc(clerk.id()));
        assertThat(row.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(row.getState()).isEqualTo(OutboxState.SENT);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt()).isNotNull();
    }

    @Test
    void someoneNoLongerActiveGetsNeitherEmailNorTextMessage() {
        PersonInfo gone = person("xn-gone@xn.example", "13900000009");
        jdbc.update("update org_person set active = false where id = ?", gone.id());

        notifications.notify(List.of(gone.id()), "收到公文：关于停用账号的通知", "请及时签收。", "inbox", Channel.all());

        assertThat(outbox.findByPersonIdOrderByIdAsc(gone.id())).isEmpty();
    }

    @Test
    void whileTheSmtpServerIsDownTheEmailWaitsAndGoesOutOnceItIsBack() throws Exception {
        int port = freePort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        PersonInfo clerk = person("xn-later@xn.example", null);
        notifications.notify(List.of(clerk.id()), "收到公文：关于开展安全检查的通知", "请及时签收。", "inbox", Set.of(Channel.EMAIL));

        Instant now = Instant.now();
        dispatcher.dispatchDue(now);
        OutboxMessage failed = single(outbox.findByPersonIdOrderByIdAsc(clerk.id()));
        assertThat(failed.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("MailSendException");
        assertThat(failed.getNextAttemptAt()).isAfter(now);

        dispatcher.dispatchDue(now.plusSeconds(1));
        assertThat(single(outbox.findByPersonIdOrderByIdAsc(clerk.id())).getAttempts())
                .as("not retried before the backoff has passed")
                .isEqualTo(1);

        startSmtp(port);
        dispatcher.dispatchDue(now.plus(Duration.ofDays(1)));
        OutboxMessage sent = single(outbox.findByPersonIdOrderByIdAsc(clerk.id()));
        assertThat(sent.getState()).isEqualTo(OutboxState.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(single(receivedBy("xn-later@xn.example")).getSubject()).isEqualTo("收到公文：关于开展安全检查的通知");
    }

    @Test
    void afterTheLastAttemptTheEmailIsGivenUp() throws Exception {
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(freePort());
        PersonInfo clerk = person("xn-never@xn.example", null);
        notifications.notify(List.of(clerk.id()), "收到公文：关于报送统计数据的通知", "请签收。", "inbox", Set.of(Channel.EMAIL));

        Instant time = Instant.now();
        for (int attempt = 1; attempt <= 10; attempt++) {
            dispatcher.dispatchDue(time);
            time = time.plus(Duration.ofDays(1));
        }
        OutboxMessage given = single(outbox.findByPersonIdOrderByIdAsc(clerk.id()));
        assertThat(given.getState()).isEqualTo(OutboxState.FAILED);
        assertThat(given.getAttempts()).isEqualTo(10);
        assertThat(given.getLastError()).contains("MailSendException");

        dispatcher.dispatchDue(time);
        assertThat(single(outbox.findByPersonIdOrderByIdAsc(clerk.id())).getAttempts())
                .isEqualTo(10);
    }

    @Test
    void theTextMessageWaitsInTheSmsOutboxWithTheRegisteredMobile() {
        PersonInfo withMobile = person(null, "13912345678");
        PersonInfo withoutMobile = person(null, " ");

        notifications.notify(
                List.of(withMobile.id(), withoutMobile.id()), "收到公文：关于春季植树的通知", "请签收。", "inbox", Channel.all());
        assertThat(outbox.findByPersonIdOrderByIdAsc(withoutMobile.id()))
                .as("no address, nothing queued")
                .isEmpty();
        OutboxMessage queued = single(outbox.findByPersonIdOrderByIdAsc(withMobile.id()));
        assertThat(queued.getChannel()).isEqualTo(Channel.SMS);
        assertThat(queued.getAddress()).isEqualTo("13912345678");

        dispatcher.dispatchPending();

        SmsOutboxMessage sms = smsOutbox.findByOutboxId(queued.getId()).orElseThrow();
        assertThat(sms.getMobile()).isEqualTo("13912345678");
        assertThat(sms.getMessage()).isEqualTo("【公文交换】收到公文：关于春季植树的通知，请登录系统查看。");
        assertThat(sms.getFetchedAt()).isNull();
        assertThat(outbox.findById(queued.getId()).orElseThrow().getState()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void theInAppNoticeAloneQueuesNoEmailOrSms() {
        PersonInfo clerk = person("xn-inapp@xn.example", "13900000002");
        notifications.notify(List.of(clerk.id()), "印章已制作完成", "请领取。", "tasks");
        assertThat(outbox.findByPersonIdOrderByIdAsc(clerk.id())).isEmpty();
    }

    @Test
    void aNoticeByLoginReachesThatPersonAndAnUnknownLoginIsIgnored() {
        PersonInfo drafter = person(null, null);
        notifications.notifyUser(drafter.username(), "公文被退回：关于春季植树的通知", "请修改后重新提交。", "documents");
        notifications.notifyUser("xn-nobody", "公文被退回：关于春季植树的通知", "请修改后重新提交。", "documents");
        assertThat(jdbc.queryForList(
                        "select title from notification_message where recipient_id = ?", String.class, drafter.id()))
                .containsExactly("公文被退回：关于春季植树的通知");
    }

    private void startSmtp(int port) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(
                                        a -> ((InternetAddress) a).getAddress().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private PersonInfo person(String email, String mobile) {
        int n = PEOPLE.incrementAndGet();
        String code =
                "XN" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
        UnitInfo unit =
                organization.createUnit(code, "通知测试单位" + code, "通知" + n, UnitKind.DEPARTMENT, null, null, false, 900);
        return organization.createPerson(
                code.toLowerCase() + ".clerk", "收发员" + n, unit.id(), mobile, email, Set.of(Role.CLERK));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
