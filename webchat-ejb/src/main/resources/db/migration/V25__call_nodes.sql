-- The node (and its start, NodeLease's key) holding each side's endpoint socket of a call. A socket that dies with
-- its node (killed, or lost from the cluster) is never closed, so its call would ring or stay up for good: once that
-- node's lease lapses, the survivors end the call. Until then, a node that starts ends only the calls of nodes no
-- longer alive, not the live calls of the others (before, each start ended every call of the cluster). Null for a side
-- with no endpoint yet, and for the calls of before (a start ends those).
ALTER TABLE call ADD COLUMN customer_node VARCHAR(120);
ALTER TABLE call ADD COLUMN agent_node VARCHAR(120);
