-- AGT-08: a transfer to another campaign moves the interaction to that campaign's queue; when nobody
-- there takes it within the campaign's max transfer time it returns to its agent in the campaign it came from.
ALTER TABLE interaction_transfer ADD COLUMN from_campaign_id BIGINT;
ALTER TABLE interaction_transfer ADD CONSTRAINT fk_interaction_transfer_from_campaign
    FOREIGN KEY (from_campaign_id) REFERENCES campaign (id);
CREATE INDEX ix_interaction_transfer_from_campaign ON interaction_transfer (from_campaign_id);
