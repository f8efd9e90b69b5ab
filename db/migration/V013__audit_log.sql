-- Audit log (A29, A35): append-only and hash-chained. Each entry's hash covers all its fields and
-- the previous entry's hash; ids are handed out under a lock on audit_head, so they are the
-- sequence itself (no gaps from rolled-back inserts) and a missing id means a deleted entry.
-- Times are whole seconds in UTC (MySQL keeps whole seconds with sendFractionalSeconds=false).
create table audit_entry (
    id             bigint        not null primary key,
    at             datetime(6)   not null,
    actor          varchar(64)   not null,
    actor_unit_id  bigint        null,
    action         varchar(32)   not null,
    target_type    varchar(32)   null,
    target_id      varchar(64)   null,
    detail         varchar(1000) null,
    client_address varchar(64)   null,
    prev_hash      char(64)      not null,
    hash           char(64)      not null
);
create index ix_audit_entry_at on audit_entry (at);
create index ix_audit_entry_actor on audit_entry (actor, at);
create index ix_audit_entry_target on audit_entry (target_type, target_id);

-- One row: the last entry's id and hash. Appends lock it (select ... for update), so the chain
-- never forks, across threads and across application nodes.
create table audit_head (
    id        bigint   not null primary key,
    last_id   bigint   not null,
    last_hash char(64) not null
);
insert into audit_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
