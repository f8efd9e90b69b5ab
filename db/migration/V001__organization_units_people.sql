-- Organisation: units as a tree, people, roles per person (A2, A6, A8, A30, A32)
create table org_unit (
    id                  bigint       not null auto_increment primary key,
    code                varchar(32)  not null,
    full_name           varchar(200) not null,
    short_name          varchar(100) not null,
    kind                varchar(40)  not null,
    parent_id           bigint       null,
    doc_prefix          varchar(32)  null,
    holds_physical_seal boolean      not null default false,
    active              boolean      not null default true,
    sort_order          int          not null default 0,
    constraint uk_org_unit_code unique (code),
    constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id)
);
create index ix_org_unit_parent on org_unit (parent_id);

create table org_person (
    id        bigint       not null auto_increment primary key,
    username  varchar(64)  not null,
    full_name varchar(100) not null,
    unit_id   bigint       not null,
    mobile    varchar(32)  null,
    email     varchar(200) null,
    active    boolean      not null default true,
    constraint uk_org_person_username unique (username),
    constraint fk_org_person_unit foreign key (unit_id) references org_unit (id)
);
create index ix_org_person_unit on org_person (unit_id);

create table org_person_role (
    person_id bigint      not null,
    role      varchar(32) not null,
    primary key (person_id, role),
    constraint fk_org_person_role_person foreign key (person_id) references org_person (id)
);
create index ix_org_person_role_role on org_person_role (role);
