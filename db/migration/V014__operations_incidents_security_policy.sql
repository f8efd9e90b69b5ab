-- System faults (A31): one row per reported fault with its timeline: reported, handled, paper
-- transmission from/to, restored, by whom.
create table operations_incident (
    id                  bigint        not null auto_increment primary key,
    process_instance_id varchar(64)   null,
    reporter_unit_id    bigint        not null,
    reporter_unit_name  varchar(200)  not null,
    reported_by         varchar(64)   not null,
    reported_at         datetime(6)   not null,
    what_broken         varchar(1000) not null,
    broken_since        datetime(6)   not null,
    impact              varchar(1000) not null,
    handled_by          varchar(64)   null,
    handled_at          datetime(6)   null,
    diagnosis           varchar(2000) null,
    actions             varchar(2000) null,
    paper_from          datetime(6)   null,
    paper_to            datetime(6)   null,
    restored_at         datetime(6)   null,
    restored_by         varchar(64)   null,
    notes               varchar(2000) null
);
create index ix_operations_incident_reported on operations_incident (reported_at);

-- The password policy as an administrator set it (A36); without a row the application.yml values apply.
create table security_password_policy (
    id                     bigint      not null primary key,
    password_max_age_days  int         not null,
    max_failed_logins      int         not null,
    lockout_minutes        int         not null,
    password_min_length    int         not null,
    require_mixed_case     boolean     not null,
    require_symbol         boolean     not null,
    updated_by             varchar(64) not null,
    updated_at             datetime(6) not null
);
