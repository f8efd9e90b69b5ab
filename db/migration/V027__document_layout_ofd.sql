-- The sealed OFD layout file (GB/T 33190, GB/T 38540 seal) stored beside the sealed PDF; null for documents
-- stamped before OFD was issued.
alter table document add column layout_ofd_sha256 varchar(64);
