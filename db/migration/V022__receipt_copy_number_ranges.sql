-- 份号 unique per document across all recipient units (A11.2). The sender's printing plan gives each
-- recipient unit a range of copy numbers, in the order of the document's recipients (unit 1: 1..quota1,
-- unit 2: quota1+1..quota1+quota2, ...); extra copies and re-sent versions get a new range after the
-- document's highest number. A distribution prints the next free number of its ranges.
create table receipt_copy_range (
    id              bigint      not null auto_increment primary key,
    document_id     bigint      not null,
    distribution_id bigint      not null,
    first_copy      int         not null,
    copies          int         not null,
    granted_at      datetime(6) not null,
    constraint fk_receipt_copy_range_distribution foreign key (distribution_id) references receipt_distribution (id),
    constraint uk_receipt_copy_range_first unique (document_id, first_copy)
);
create index ix_receipt_copy_range_distribution on receipt_copy_range (distribution_id, first_copy);

-- The print log names the document, so that a counted 份号 is unique per document.
alter table receipt_print add column document_id bigint null;
alter table receipt_print add constraint uk_receipt_print_document_copy unique (document_id, counted_copy);

-- Documents distributed before: their copies so far were numbered 1..quota in every unit, and those
-- numbers are on paper. Those print rows keep their numbers and stay out of the document-wide key
-- (document_id null). Each printable distribution gets one range for the copies it has not printed
-- yet, after every number the document's print log holds (attempts still on their way included), in
-- the order of the distributions; a document nobody printed yet starts at 1 as its plan would.
insert into receipt_copy_range (document_id, distribution_id, first_copy, copies, granted_at)
select document_id, id, ceiling + 1 + sum(copies) over (partition by document_id order by id) - copies, copies,
       delivered_at
from (select d.id, d.document_id, d.delivered_at,
             d.print_quota - (select count(*) from receipt_print p
                              where p.distribution_id = d.id and p.official and p.outcome = 'DELIVERED') as copies,
             (select coalesce(max(p.copy_number), 0) from receipt_print p
              join receipt_distribution o on o.id = p.distribution_id
              where o.document_id = d.document_id) as ceiling
      from receipt_distribution d
      where d.state not in ('SUPERSEDED', 'RETURNED') and d.deleted_at is null) earlier
where copies > 0;
