-- The supervision board (issue 12): a campaign's figures read the interactions that entered its queue since
-- midnight, and an agent's row its chats completed today and when its last one ended. Both by index ranges,
-- not by scanning a campaign's or an agent's whole history.
CREATE INDEX ix_interaction_campaign_queued ON interaction (campaign_id, queued_at);
CREATE INDEX ix_interaction_agent_ended ON interaction (agent_id, state, ended_at);
