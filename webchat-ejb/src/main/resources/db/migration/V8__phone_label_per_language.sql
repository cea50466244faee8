-- ADV-14: the extra field's label is written per language, as the campaign's messages are (issue 11, point 14).
ALTER TABLE campaign_message DROP CONSTRAINT ck_campaign_message_kind;
ALTER TABLE campaign_message ADD CONSTRAINT ck_campaign_message_kind
    CHECK (kind IN ('WELCOME', 'OUT_OF_HOURS', 'UNAVAILABLE', 'AGENT_AUTOMATIC', 'COMMENTS', 'PHONE_LABEL'));

-- A label an administrator wrote becomes the default language's. The untouched default, 'Phone', was English
-- whatever the customer's language: it gives way to the widget's own word for a phone in each language.
INSERT INTO campaign_message (campaign_id, kind, language, text)
    SELECT id, 'PHONE_LABEL', default_language, phone_field_label FROM campaign WHERE phone_field_label <> 'Phone';

ALTER TABLE campaign DROP COLUMN phone_field_label;
