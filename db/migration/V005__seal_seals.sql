-- Electronic seals (A17-A28): one row per seal, its certificate and its PKCS#12 keystore. The
-- keystore is password-protected; the password is stored only encrypted under the master key.
-- The escrow copy (A28) is encrypted under a separate backup key.
create table seal_seal (
    id                bigint          not null auto_increment primary key,
    unit_id           bigint          not null,
    name              varchar(200)    not null,
    seal_type         varchar(40)     not null,
    status            varchar(20)     not null,
    custodian_id      bigint          null,
    certificate_pem   varchar(4000)   null,
    serial_number     varchar(80)     null,
    not_after         datetime(6)     null,
    keystore          varbinary(12000) null,
    keystore_password varbinary(512)  null,
    created_at        datetime(6)     not null,
    updated_at        datetime(6)     not null
);
create index ix_seal_seal_unit on seal_seal (unit_id);

create table seal_escrow (
    seal_id    bigint           not null primary key,
    data       varbinary(12000) not null,
    created_at datetime(6)      not null
);
