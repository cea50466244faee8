-- Issue 13, point 5 (REC-06, MSG-05): who marked an offline message seen and when (null while unseen), and how its
-- mail to the campaign's offline address goes: PENDING (queued), RETRYING (the mail server failed, tried again
-- later), SENT (at offline_notified_at), FAILED (given up); null when it is not mailed (no address, mail off).
ALTER TABLE interaction ADD COLUMN seen_by_id BIGINT;
ALTER TABLE interaction ADD COLUMN seen_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE interaction ADD COLUMN offline_mail VARCHAR(10);
ALTER TABLE interaction ADD COLUMN offline_mail_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE interaction ADD COLUMN offline_mail_error VARCHAR(300);
ALTER TABLE interaction ADD CONSTRAINT fk_interaction_seen_by FOREIGN KEY (seen_by_id) REFERENCES app_user (id)
    ON DELETE SET NULL;
ALTER TABLE interaction ADD CONSTRAINT ck_interaction_offline_mail
    CHECK (offline_mail IN ('PENDING', 'RETRYING', 'SENT', 'FAILED'));
ALTER TABLE interaction ADD CONSTRAINT ck_interaction_offline_mail_attempts CHECK (offline_mail_attempts >= 0);
CREATE INDEX ix_interaction_seen_by ON interaction (seen_by_id);
