-- In-app notifications: stay visible until read (A9.1)
create table notification_message (
    id           bigint        not null auto_increment primary key,
    recipient_id bigint        not null,
    title        varchar(200)  not null,
    body         varchar(2000) null,
    link         varchar(300)  null,
    created_at   datetime(6)   not null,
    read_at      datetime(6)   null
);
create index ix_notification_recipient on notification_message (recipient_id, read_at);
