-- Inspection reports (通报, A5, A16): the county office's periodic report on how units signed for
-- received documents, with its PDF; drafts until the county office publishes them to every unit.
create table supervision_report (
    id                  bigint       not null auto_increment primary key,
    period_from         date         not null,
    period_to           date         not null,
    doc_number          varchar(64)  not null,
    title               varchar(300) not null,
    state               varchar(20)  not null,
    note                varchar(1000) null,
    started_by          varchar(64)  null,
    created_at          datetime(6)  not null,
    built_at            datetime(6)  null,
    builds              int          not null default 0,
    pdf                 mediumblob   null,
    published_at        datetime(6)  null,
    published_by        varchar(64)  null,
    process_instance_id varchar(64)  null
);
create index ix_supervision_report_state on supervision_report (state, created_at);

-- The per-unit figures of a report as last built (A16): counts, time to sign for, who was responsible.
create table supervision_report_unit (
    id              bigint        not null auto_increment primary key,
    report_id       bigint        not null,
    unit_id         bigint        not null,
    unit_name       varchar(200)  not null,
    delivered       int           not null,
    signed_in_time  int           not null,
    signed_late     int           not null,
    missed          int           not null,
    returned        int           not null,
    median_seconds  bigint        null,
    slowest_seconds bigint        null,
    late_signers    varchar(1000) not null default '',
    missed_clerks   varchar(1000) not null default '',
    constraint fk_supervision_report_unit foreign key (report_id) references supervision_report (id)
);
create index ix_supervision_report_unit on supervision_report_unit (report_id, unit_id);
