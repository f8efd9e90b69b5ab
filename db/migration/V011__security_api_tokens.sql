-- Office-system API tokens (A14.2): a unit's own office system reads the unit's inbox with a
-- bearer token. Only the SHA-256 of the secret is kept; the secret is shown once at creation.
create table security_api_token (
    id           bigint      not null auto_increment primary key,
    unit_id      bigint      not null,
    name         varchar(64) not null,
    token_prefix varchar(8)  not null,
    token_hash   varchar(64) not null,
    created_by   varchar(64) not null,
    created_at   datetime(6) not null,
    last_used_at datetime(6) null,
    revoked_at   datetime(6) null,
    revoked_by   varchar(64) null,
    constraint uk_security_api_token_hash unique (token_hash)
);
create index ix_security_api_token_unit on security_api_token (unit_id, created_at);
