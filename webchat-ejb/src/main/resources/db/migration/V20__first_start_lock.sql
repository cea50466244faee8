-- Issue 17: the nodes of a cluster may start at the same moment on a new database. The first start's "no user yet:
-- make the first administrator, or the demo" is decided under this one row's lock, so that one node makes them and
-- the others then find them.
CREATE TABLE first_start (
    id INT PRIMARY KEY
);
INSERT INTO first_start (id) VALUES (1);
