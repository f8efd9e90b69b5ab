-- E-mail and SMS notifications (A9.1): written in the transaction that creates the notice,
-- delivered after commit by the dispatcher, retried with backoff until sent or given up.
create table notification_outbox (
    id              bigint        not null auto_increment primary key,
    channel         varchar(10)   not null,
    person_id       bigint        not null,
    address         varchar(200)  not null,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    state           varchar(10)   not null,
    attempts        int           not null default 0,
    last_error      varchar(1000) null,
    created_at      datetime(6)   not null,
    next_attempt_at datetime(6)   not null,
    sent_at         datetime(6)   null
);
create index ix_notification_outbox_due on notification_outbox (state, next_attempt_at);
create index ix_notification_outbox_person on notification_outbox (person_id, created_at);

-- Text messages handed to the SMS gateway: the default gateway leaves them here for the
-- county's SMS platform to fetch (it sets fetched_at); see docs/operations.md.
create table notification_sms_outbox (
    id         bigint       not null auto_increment primary key,
    outbox_id  bigint       not null,
    mobile     varchar(32)  not null,
    message    varchar(500) not null,
    created_at datetime(6)  not null,
    fetched_at datetime(6)  null,
    constraint uk_notification_sms_outbox unique (outbox_id)
);
create index ix_notification_sms_outbox_unfetched on notification_sms_outbox (fetched_at, id);
