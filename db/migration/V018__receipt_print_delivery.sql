-- A print copy counts once its file has reached the browser (A11.2). Every attempt stays in the
-- print log with its outcome; an attempt that failed gives its copy number back, so the unique key
-- now guards the counted copies only (a number may appear again on a later, delivered attempt).
alter table receipt_print add column outcome varchar(20) not null default 'DELIVERED';
alter table receipt_print add column counted_copy int null;
alter table receipt_print add column settled_at datetime(6) null;
update receipt_print set counted_copy = copy_number, settled_at = printed_at;
alter table receipt_print add constraint uk_receipt_print_counted unique (distribution_id, counted_copy);
alter table receipt_print drop constraint uk_receipt_print_copy;
