-- SM2 beside RSA (issue 15): the SM2 county CA lives in seal_ca (key_algorithm SM2); each seal gets an
-- SM2 certificate and keystore (password encrypted under the master key), its backup in the escrow
-- row, and its GB/T 38540 electronic seal (SES_Seal v4, DER).
alter table seal_seal add column sm2_certificate_pem varchar(4000) null;
alter table seal_seal add column sm2_serial_number varchar(80) null;
alter table seal_seal add column sm2_keystore varbinary(12000) null;
alter table seal_seal add column sm2_keystore_password varbinary(512) null;
alter table seal_seal add column ses_seal mediumblob null;

alter table seal_escrow add column sm2_data varbinary(12000) null;

-- Serials are unique per CA only: each revocation names the CA that issued the certificate.
alter table seal_revoked_certificate add column authority varchar(20) not null default 'COUNTY';
alter table seal_revoked_certificate drop primary key;
alter table seal_revoked_certificate add primary key (authority, serial_number);

-- Keys of the county itself kept in the database, e.g. the information centre's seal-making key (制章人).
create table seal_system_key (
    name            varchar(40)     not null primary key,
    certificate_pem varchar(4000)   not null,
    encrypted_key   varbinary(2000) not null,
    created_at      datetime(6)     not null
);
