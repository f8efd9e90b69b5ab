-- Seal artwork and history (A19, A23, A28): the scan of the paper impression (印模) the unit
-- uploaded with its application, the seal image made from it (or drawn for demo units), and
-- every step of each seal's life for the seal archive.
create table seal_impression (
    seal_id     bigint       not null primary key,
    media_type  varchar(40)  not null,
    filename    varchar(255) not null,
    data        mediumblob   not null,
    uploaded_by varchar(64)  not null,
    uploaded_at datetime(6)  not null
);

create table seal_image (
    seal_id     bigint        not null primary key,
    png         mediumblob    not null,
    diameter_mm decimal(4, 1) not null,
    drawn       boolean       not null,
    created_at  datetime(6)   not null
);

create table seal_event (
    id          bigint       not null auto_increment primary key,
    seal_id     bigint       not null,
    action      varchar(30)  not null,
    status      varchar(20)  not null,
    actor       varchar(64)  not null,
    note        varchar(500) null,
    occurred_at datetime(6)  not null
);
create index ix_seal_event_seal on seal_event (seal_id, occurred_at);
