-- County certification authority (issue 3: PKI). The CA's private key is stored only
-- encrypted under the master key, which lives outside the database.
create table seal_ca (
    id               bigint        not null auto_increment primary key,
    subject_dn       varchar(300)  not null,
    key_algorithm    varchar(20)   not null,
    certificate_pem  varchar(8000) not null,
    encrypted_key    varbinary(8000) not null,
    created_at       datetime(6)   not null,
    next_crl_number  bigint        not null default 1,
    active           boolean       not null default true
);

create table seal_revoked_certificate (
    serial_number varchar(80)  not null primary key,
    revoked_at    datetime(6)  not null,
    reason        int          not null
);
