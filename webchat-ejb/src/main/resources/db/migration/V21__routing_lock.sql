-- Issue 17: the routing engine decides one thing at a time (an assignment, an offer, an answer to one) so that no
-- agent gets more than its cap across campaigns. On one node the engine's own lock does that; the nodes of a cluster
-- take this row's lock too, in each decision's transaction.
CREATE TABLE routing_lock (
    id INT PRIMARY KEY
);
INSERT INTO routing_lock (id) VALUES (1);
