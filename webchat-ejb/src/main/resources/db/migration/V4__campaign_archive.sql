-- ADM-07 (issue 6): a campaign with history is archived instead of deleted: it leaves the lists and takes no
-- customers, while its interactions, recordings and evaluations keep pointing at it.
ALTER TABLE campaign ADD COLUMN archived_at TIMESTAMP(6) WITH TIME ZONE;
