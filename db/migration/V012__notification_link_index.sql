-- Notices are marked read when what they point to was acted on (a received document signed for
-- or returned), found by their link.
create index ix_notification_link on notification_message (link, read_at);
