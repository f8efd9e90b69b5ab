-- System faults (A31): every handling round of the information centre is kept, in the order it was
-- recorded; the incident row kept only the latest one.
create table operations_incident_handling (
    incident_id bigint        not null,
    round_no    int           not null,
    handled_by  varchar(64)   null,
    handled_at  datetime(6)   not null,
    diagnosis   varchar(2000) null,
    actions     varchar(2000) null,
    primary key (incident_id, round_no),
    constraint fk_operations_incident_handling_incident foreign key (incident_id)
        references operations_incident (id)
);

-- The one round each incident kept so far becomes its first.
insert into operations_incident_handling (incident_id, round_no, handled_by, handled_at, diagnosis, actions)
select id, 0, handled_by, handled_at, diagnosis, actions from operations_incident where handled_at is not null;

alter table operations_incident drop column handled_by;
alter table operations_incident drop column handled_at;
alter table operations_incident drop column diagnosis;
alter table operations_incident drop column actions;
