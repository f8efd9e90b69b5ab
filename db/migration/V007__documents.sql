-- Issuing documents (A3, A4, A7, A11-A14, A34): drafts with their recipients and attachments,
-- document numbers unique per unit and year, and content stored once by SHA-256.
create table document_content (
    sha256     varchar(64) not null primary key,
    media_type varchar(100) not null,
    size_bytes bigint      not null,
    data       mediumblob  not null,
    created_at datetime(6) not null
);

create table document_document (
    id               bigint       not null auto_increment primary key,
    unit_id          bigint       not null,
    drafter          varchar(64)  not null,
    kind             varchar(30)  not null,
    title            varchar(300) not null,
    urgency          varchar(20)  not null,
    secrecy          varchar(20)  not null,
    county_level     boolean      not null default false,
    doc_year         int          null,
    doc_sequence     int          null,
    doc_number       varchar(64)  null,
    body_sha256      varchar(64)  null,
    docx_sha256      varchar(64)  null,
    body_pdf_sha256  varchar(64)  null,
    layout_sha256    varchar(64)  null,
    signing_organ    varchar(200) not null,
    doc_date         date         null,
    note             varchar(500) null,
    printing_organ   varchar(200) null,
    printing_date    date         null,
    seal_id          bigint       null,
    status           varchar(20)  not null,
    created_at       datetime(6)  not null,
    updated_at       datetime(6)  not null,
    sent_at          datetime(6)  null,
    version          int          not null default 0,
    constraint uk_document_number unique (unit_id, doc_year, doc_sequence)
);
create index ix_document_unit on document_document (unit_id, updated_at);

create table document_recipient (
    id          bigint      not null auto_increment primary key,
    document_id bigint      not null,
    unit_id     bigint      not null,
    kind        varchar(10) not null,
    print_quota int         not null,
    position    int         not null,
    constraint uk_document_recipient unique (document_id, unit_id),
    constraint fk_document_recipient foreign key (document_id) references document_document (id)
);

create table document_attachment (
    id             bigint       not null auto_increment primary key,
    document_id    bigint       not null,
    name           varchar(255) not null,
    content_sha256 varchar(64)  null,
    media_type     varchar(100) null,
    size_bytes     bigint       not null,
    paper_only     boolean      not null,
    position       int          not null,
    constraint fk_document_attachment foreign key (document_id) references document_document (id)
);
create index ix_document_attachment_document on document_attachment (document_id);

create table document_number_sequence (
    unit_id    bigint not null,
    doc_year   int    not null,
    next_value int    not null,
    primary key (unit_id, doc_year)
);
