-- Issue 15 (BOT-01, BOT-02): bots that run, and what they leave behind.
-- A bot shows a name and a picture to the customer; an external bot answers through the bot API with a token, kept
-- only as its SHA-256; its timeout message is in each language (JSON: {"es": .., "en": .., "pt": ..}).
ALTER TABLE bot ADD COLUMN display_name VARCHAR(100);
ALTER TABLE bot ADD COLUMN picture BYTEA;
ALTER TABLE bot ADD COLUMN picture_content_type VARCHAR(100);
ALTER TABLE bot ADD COLUMN api_token_hash VARCHAR(64);
ALTER TABLE bot ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bot ADD CONSTRAINT ck_bot_picture_type CHECK (picture IS NULL OR picture_content_type IS NOT NULL);

-- A bot is a security group's (ADM-02), like its campaigns and quality models: only its administrators list, edit and
-- make its token, only its campaigns run it, and its name is unique within the group (another group's is not
-- revealed). A bot goes to the group of a campaign that runs it (the lowest such group), else to the first group.
-- The unique key (security_group_id, name) is also the index that finds a group's bots.
ALTER TABLE bot ADD COLUMN security_group_id BIGINT;
UPDATE bot SET security_group_id = (SELECT MIN(c.security_group_id) FROM campaign c
                                    WHERE c.start_bot_id = bot.id OR c.end_bot_id = bot.id);
UPDATE bot SET security_group_id = (SELECT MIN(g.id) FROM security_group g) WHERE security_group_id IS NULL;
ALTER TABLE bot ALTER COLUMN security_group_id SET NOT NULL;
ALTER TABLE bot DROP CONSTRAINT uk_bot_name;
ALTER TABLE bot ADD CONSTRAINT uk_bot_group_name UNIQUE (security_group_id, name);
ALTER TABLE bot ADD CONSTRAINT fk_bot_security_group FOREIGN KEY (security_group_id) REFERENCES security_group (id);

-- The customer may ask for a person while a bot talks (BOT-01).
ALTER TABLE campaign ADD COLUMN bot_person_allowed BOOLEAN DEFAULT TRUE NOT NULL;

-- A bot's run: when it gives up waiting for the customer (BOT-02 timeout; swept, so it survives a restart), why it
-- handed the chat to a person (shown to the agent), and how the start bot's part ended, for supervision.
-- An ended chat whose end bot (a survey) still runs keeps bot_id: it takes the customer's answers until it ends.
ALTER TABLE interaction ADD COLUMN bot_due_at TIMESTAMP(6) WITH TIME ZONE;
-- When the start bot stopped: a chat's wait for an agent counts from there.
ALTER TABLE interaction ADD COLUMN bot_ended_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE interaction ADD COLUMN bot_handoff_reason VARCHAR(300);
ALTER TABLE interaction ADD COLUMN bot_outcome VARCHAR(20);
ALTER TABLE interaction ADD CONSTRAINT ck_interaction_bot_outcome
    CHECK (bot_outcome IN ('RESOLVED', 'HANDED_OFF', 'TIMED_OUT', 'ABANDONED'));
CREATE INDEX ix_interaction_bot_due ON interaction (bot_due_at);
-- The start bot that talked (bot_id is only the bot talking now) and its hand-off's summary, kept: the agent who
-- takes the chat reads them with what the bot collected (issue 15, point 5).
ALTER TABLE interaction ADD COLUMN start_bot_id BIGINT;
ALTER TABLE interaction ADD COLUMN bot_summary VARCHAR(8000);
ALTER TABLE interaction ADD CONSTRAINT fk_interaction_start_bot FOREIGN KEY (start_bot_id) REFERENCES bot (id)
    ON DELETE SET NULL;
CREATE INDEX ix_interaction_start_bot ON interaction (start_bot_id);
-- The campaign whose start bot talked: a hand-off may move the chat to another campaign's queue, and supervision
-- counts what the bot resolved and handed off for the campaign it talked for (issue 15, point 5), by the day its part
-- ended: one index range per campaign and day.
ALTER TABLE interaction ADD COLUMN bot_campaign_id BIGINT;
ALTER TABLE interaction ADD CONSTRAINT fk_interaction_bot_campaign FOREIGN KEY (bot_campaign_id) REFERENCES campaign (id)
    ON DELETE SET NULL;
CREATE INDEX ix_interaction_bot_campaign_ended ON interaction (bot_campaign_id, bot_ended_at);

-- A bot's message: which bot wrote it (its name and picture show over it, also once the bot has stopped), and a
-- question's buttons (quick replies): their labels, a JSON array, in the chat's language.
ALTER TABLE chat_message ADD COLUMN sender_bot_id BIGINT;
ALTER TABLE chat_message ADD COLUMN quick_replies VARCHAR(4000);
-- A bot also writes for the agents only: the summary of its hand-off and its reason (issue 15, point 5).
ALTER TABLE chat_message DROP CONSTRAINT ck_chat_message_internal;
ALTER TABLE chat_message ADD CONSTRAINT ck_chat_message_internal
    CHECK (internal = FALSE OR sender_kind IN ('SUPERVISOR', 'BOT'));
ALTER TABLE chat_message ADD CONSTRAINT fk_chat_message_bot FOREIGN KEY (sender_bot_id) REFERENCES bot (id)
    ON DELETE SET NULL;

-- What a bot collected, kept after it stops: the start bot's for the agent, the end bot's as the survey's answers.
CREATE TABLE bot_variable (
    interaction_id BIGINT        NOT NULL,
    phase          VARCHAR(5)    NOT NULL,
    name           VARCHAR(64)   NOT NULL,
    text_value     VARCHAR(2000),
    ordinal        INTEGER       NOT NULL,
    CONSTRAINT pk_bot_variable PRIMARY KEY (interaction_id, phase, name),
    CONSTRAINT fk_bot_variable_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id) ON DELETE CASCADE,
    CONSTRAINT ck_bot_variable_phase CHECK (phase IN ('START', 'END'))
);
