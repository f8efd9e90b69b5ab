-- Receiving (A9, A10, A11.2, A14.2, A15, A16, A4.3).
-- The inbox reads one table: the headline a recipient sees is copied into the distribution when it
-- is delivered (a sent document never changes), so the first page of 收文 is one indexed query.
alter table receipt_distribution add column title varchar(300) not null default '';
alter table receipt_distribution add column doc_number varchar(64) null;
alter table receipt_distribution add column urgency varchar(20) not null default 'NONE';
alter table receipt_distribution add column sender_unit_id bigint null;
alter table receipt_distribution add column sender_name varchar(200) not null default '';
alter table receipt_distribution add column version int not null default 1;
alter table receipt_distribution add column superseded_at datetime(6) null;
alter table receipt_distribution add column received_at datetime(6) null;
alter table receipt_distribution add column received_via varchar(20) null;
alter table receipt_distribution add column first_read_at datetime(6) null;
alter table receipt_distribution add column overdue boolean not null default false;
alter table receipt_distribution add column reminded_at datetime(6) null;
alter table receipt_distribution add column overdue_at datetime(6) null;
alter table receipt_distribution add column returned_at datetime(6) null;
alter table receipt_distribution add column returned_by varchar(64) null;
alter table receipt_distribution add column return_reason varchar(500) null;
alter table receipt_distribution add column acknowledged_at datetime(6) null;
alter table receipt_distribution add column unofficial_prints int not null default 0;
alter table receipt_distribution add column deleted_at datetime(6) null;
alter table receipt_distribution add column deleted_by varchar(64) null;

update receipt_distribution set
    title = coalesce((select d.title from document_document d where d.id = receipt_distribution.document_id), ''),
    doc_number = (select d.doc_number from document_document d where d.id = receipt_distribution.document_id),
    urgency = coalesce((select d.urgency from document_document d where d.id = receipt_distribution.document_id), 'NONE'),
    sender_unit_id = (select d.unit_id from document_document d where d.id = receipt_distribution.document_id);
update receipt_distribution set
    sender_name = coalesce((select u.full_name from org_unit u where u.id = receipt_distribution.sender_unit_id), '');

-- A re-send (重发) replaces a recipient's distribution by a new version; the old one stays.
alter table receipt_distribution drop constraint uk_receipt_distribution;
alter table receipt_distribution add constraint uk_receipt_distribution_version unique (document_id, unit_id, version);
drop index ix_receipt_distribution_unit on receipt_distribution;
create index ix_receipt_distribution_inbox on receipt_distribution (unit_id, deleted_at, delivered_at, id);

-- Every print (A11.2): who, when, which copy number, official or not, from where.
create table receipt_print (
    id              bigint      not null auto_increment primary key,
    distribution_id bigint      not null,
    copy_number     int         null,
    official        boolean     not null,
    printed_by      varchar(64) not null,
    printed_at      datetime(6) not null,
    client_address  varchar(64) null,
    constraint fk_receipt_print_distribution foreign key (distribution_id) references receipt_distribution (id),
    constraint uk_receipt_print_copy unique (distribution_id, copy_number)
);
create index ix_receipt_print_distribution on receipt_print (distribution_id, printed_at);

-- The history of a received document: views, downloads, interface reads, sign-for, return,
-- reminders, reissue and deletion steps (A4.3, A9.2). Appended, never changed.
create table receipt_event (
    id              bigint       not null auto_increment primary key,
    distribution_id bigint       not null,
    type            varchar(30)  not null,
    actor           varchar(64)  null,
    at              datetime(6)  not null,
    client_address  varchar(64)  null,
    detail          varchar(500) null,
    constraint fk_receipt_event_distribution foreign key (distribution_id) references receipt_distribution (id)
);
create index ix_receipt_event_distribution on receipt_event (distribution_id, at);

-- A recipient's request to the sender: re-send or extra print copies (A10.2).
create table receipt_reissue_request (
    id                  bigint       not null auto_increment primary key,
    distribution_id     bigint       not null,
    kind                varchar(20)  not null,
    extra_copies        int          not null default 0,
    reason              varchar(500) not null,
    requested_by        varchar(64)  not null,
    requested_at        datetime(6)  not null,
    state               varchar(20)  not null,
    decided_by          varchar(64)  null,
    decided_at          datetime(6)  null,
    decision_reason     varchar(500) null,
    new_distribution_id bigint       null,
    process_instance_id varchar(64)  null,
    constraint fk_receipt_reissue_distribution foreign key (distribution_id) references receipt_distribution (id)
);
create index ix_receipt_reissue_distribution on receipt_reissue_request (distribution_id);

-- A clerk's request to delete a received document, decided by the unit's leader (A9.2).
create table receipt_deletion_request (
    id                  bigint       not null auto_increment primary key,
    distribution_id     bigint       not null,
    reason              varchar(500) not null,
    requested_by        varchar(64)  not null,
    requested_at        datetime(6)  not null,
    state               varchar(20)  not null,
    decided_by          varchar(64)  null,
    decided_at          datetime(6)  null,
    decision_reason     varchar(500) null,
    process_instance_id varchar(64)  null,
    constraint fk_receipt_deletion_distribution foreign key (distribution_id) references receipt_distribution (id)
);
create index ix_receipt_deletion_distribution on receipt_deletion_request (distribution_id);
