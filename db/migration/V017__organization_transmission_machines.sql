-- Transmission machines (A37): each unit's dedicated computers and printers for document
-- transmission (第八条), each in the charge of a named person of the unit.
create table org_transmission_machine (
    id             bigint       not null auto_increment primary key,
    unit_id        bigint       not null,
    kind           varchar(20)  not null,
    name           varchar(100) not null,
    asset_number   varchar(64)  null,
    location       varchar(200) null,
    responsible_id bigint       not null,
    registered_at  datetime(6)  not null,
    registered_by  varchar(64)  not null,
    constraint fk_org_machine_unit foreign key (unit_id) references org_unit (id),
    constraint fk_org_machine_person foreign key (responsible_id) references org_person (id)
);
create index ix_org_machine_unit on org_transmission_machine (unit_id);
