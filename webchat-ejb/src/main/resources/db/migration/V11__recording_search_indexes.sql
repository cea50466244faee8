-- Recordings (issue 13, REC-01): a search reads one security group's conversations in a date range, newest first,
-- a page at a time; these let the usual narrowings (an agent's, a campaign's offline messages seen or not, a rating)
-- read index ranges instead of a group's whole history. The group's campaigns come by ix_campaign_security_group,
-- their conversations by ix_interaction_campaign_created (V1); the supervisors' grades by uk_evaluation.
CREATE INDEX ix_interaction_agent_created ON interaction (agent_id, created_at);
CREATE INDEX ix_interaction_campaign_offline ON interaction (campaign_id, offline, seen, created_at);
CREATE INDEX ix_customer_feedback_rating ON customer_feedback (rating, interaction_id);
