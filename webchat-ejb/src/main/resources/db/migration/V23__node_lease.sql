-- Issue 17: each node's lease, renewed every few seconds (org.webchat.node.NodeLease), and the node that took on each
-- piece of work it may die in the middle of: an export's job, a bot's step or request in flight. Once that node's
-- lease lapsed, another takes the work over.
CREATE TABLE cluster_node (
    node        VARCHAR(120) PRIMARY KEY,
    renewed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
ALTER TABLE recording_export ADD COLUMN node VARCHAR(120);
ALTER TABLE interaction ADD COLUMN bot_node VARCHAR(120);
