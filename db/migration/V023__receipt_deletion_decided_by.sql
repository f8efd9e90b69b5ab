-- The deletion record names the leader who decided (A9.2): deleted_by is the leader in charge who
-- approved, and the clerk who asked is kept beside it in deletion_requested_by. Before, deleted_by
-- held the requester; rows deleted then are corrected from their approved request.
alter table receipt_distribution add column deletion_requested_by varchar(64) null;

update receipt_distribution
   set deletion_requested_by = deleted_by,
       deleted_by = (select max(q.decided_by) from receipt_deletion_request q
                      where q.distribution_id = receipt_distribution.id and q.state = 'APPROVED')
 where deleted_at is not null
   and exists (select 1 from receipt_deletion_request q
                where q.distribution_id = receipt_distribution.id and q.state = 'APPROVED'
                  and q.decided_by is not null);
