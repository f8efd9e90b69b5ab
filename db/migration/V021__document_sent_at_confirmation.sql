-- A document is sent (已发出, SENT) from the sender's confirmation on, and sent_at is that moment,
-- set once (A14.1). Before, a document stayed SENDING until its last recipient signed for it and
-- sent_at was then overwritten with that signature's time.

-- Documents already SENT: the first delivery, made by the fan-out right after the confirmation, is
-- the closest stored record of the confirmation.
update document_document
   set sent_at = (select min(r.delivered_at) from receipt_distribution r
                   where r.document_id = document_document.id and r.version = 1)
 where status = 'SENT'
   and exists (select 1 from receipt_distribution r where r.document_id = document_document.id and r.version = 1);

-- Confirmed documents whose recipients are still signing for them kept the confirmation as sent_at.
update document_document set status = 'SENT' where status = 'SENDING' and sent_at is not null;
