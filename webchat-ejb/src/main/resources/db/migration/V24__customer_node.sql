-- The node (and its start) holding the customer's socket while it is connected (NodeLease's key): when that node's
-- lease lapses (it died, or it was killed and started again), the customer's socket died with it, and no close was
-- ever recorded. The survivors then count the customer as away from then on, so that Auto finish (ADV-07) still ends a
-- chat whose customer never comes back. Null while the customer is away, and for chats no socket opened.
ALTER TABLE interaction ADD COLUMN customer_node VARCHAR(120);
CREATE INDEX ix_interaction_customer_node ON interaction (customer_node);
