-- Receipt (A11.1, A13, A14): one distribution per document and recipient unit, created by
-- document-receipt when document-send fans out; at most one per (document, unit) even when a
-- fan-out job is retried.
create table receipt_distribution (
    id                  bigint      not null auto_increment primary key,
    document_id         bigint      not null,
    unit_id             bigint      not null,
    kind                varchar(10) not null,
    print_quota         int         not null,
    prints_used         int         not null default 0,
    state               varchar(30) not null,
    delivered_at        datetime(6) not null,
    signed_at           datetime(6) null,
    signed_by           varchar(64) null,
    process_instance_id varchar(64) null,
    constraint uk_receipt_distribution unique (document_id, unit_id)
);
create index ix_receipt_distribution_unit on receipt_distribution (unit_id, delivered_at);
