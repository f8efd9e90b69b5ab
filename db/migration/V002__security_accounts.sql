-- Login accounts: password hash, expiry and lockout (A35, A36)
create table security_account (
    person_id           bigint       not null primary key,
    password_hash       varchar(255) not null,
    password_changed_at datetime(6)  not null,
    failed_logins       int          not null default 0,
    locked_until        datetime(6)  null,
    last_login_at       datetime(6)  null
);
