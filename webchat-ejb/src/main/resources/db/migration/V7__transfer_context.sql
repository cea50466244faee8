-- Issue 11, point 17 (AGT-08): a transfer carries a note for the agent who takes the chat, and the chat keeps when
-- it was first taken, so that whoever takes it later sees the customer's own wait, not the transfer's.
ALTER TABLE interaction_transfer ADD COLUMN note VARCHAR(500);
ALTER TABLE interaction ADD COLUMN first_assigned_at TIMESTAMP(6) WITH TIME ZONE;
-- Chats taken before this version: by their first transfer they had been taken (the earliest time known).
UPDATE interaction SET first_assigned_at = COALESCE(
    (SELECT MIN(t.requested_at) FROM interaction_transfer t WHERE t.interaction_id = interaction.id), assigned_at)
    WHERE assigned_at IS NOT NULL;
