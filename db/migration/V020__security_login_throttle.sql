-- Failed logins are counted per login name and client address, whether or not the account
-- exists (A35): a stranger cannot tell real accounts from the answer, and cannot lock the owner
-- out from elsewhere. The account-wide counter this replaces is dropped.
create table security_login_throttle (
    username        varchar(100) not null,
    client_address  varchar(64)  not null,
    failures        int          not null,
    last_failure_at datetime(6)  not null,
    locked_until    datetime(6)  null,
    primary key (username, client_address)
);
create index ix_security_login_throttle_last on security_login_throttle (last_failure_at);

alter table security_account drop column failed_logins;
alter table security_account drop column locked_until;
