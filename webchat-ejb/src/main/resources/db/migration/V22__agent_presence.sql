-- Issue 17: agents' presence is the cluster's, not one node's. agent_presence keeps each agent's situation (its last
-- recorded state, break, call, busy, since when); agent_connection counts its open workspace sockets on each node,
-- each node's rows renewed every few seconds: a lease. The rows of a node that stopped renewing them (it died) are
-- deleted by the others, and an agent left with none is logged out. A node's key includes its start, so a restarted
-- node's old rows lapse the same way.
CREATE TABLE agent_presence (
    agent_id       BIGINT PRIMARY KEY,
    state          VARCHAR(20) NOT NULL,
    break_type_id  BIGINT,
    break_name     VARCHAR(100),
    on_call        BOOLEAN NOT NULL,
    busy           BOOLEAN NOT NULL,
    since          TIMESTAMP(6) WITH TIME ZONE,
    paused_by      VARCHAR(200),
    CONSTRAINT fk_agent_presence_agent FOREIGN KEY (agent_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE TABLE agent_connection (
    agent_id    BIGINT NOT NULL,
    node        VARCHAR(120) NOT NULL,
    sockets     INT NOT NULL,
    renewed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agent_id, node),
    CONSTRAINT fk_agent_connection_agent FOREIGN KEY (agent_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_agent_connection_node ON agent_connection (node);
CREATE INDEX ix_agent_connection_renewed ON agent_connection (renewed_at);
