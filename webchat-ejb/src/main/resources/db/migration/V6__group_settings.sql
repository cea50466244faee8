-- Issue 11, point 11 (ADM-02): break types and quality models belong to a security group (a tenant), like its users
-- and campaigns: only its agents take them, only its campaigns use them, only its administrators edit them, and their
-- names are unique within the group. Existing rows go to the group that uses them (the lowest such group when
-- several do: a model two groups' campaigns share stays with the first), else to the first group.
ALTER TABLE break_type ADD COLUMN security_group_id BIGINT;
ALTER TABLE quality_model ADD COLUMN security_group_id BIGINT;

UPDATE quality_model SET security_group_id = (SELECT MIN(c.security_group_id) FROM campaign c
                                              WHERE c.quality_model_id = quality_model.id);
UPDATE break_type SET security_group_id = (SELECT MIN(u.security_group_id) FROM agent_state_change s
                                           JOIN app_user u ON u.id = s.user_id
                                           WHERE s.break_type_id = break_type.id);
UPDATE quality_model SET security_group_id = (SELECT MIN(g.id) FROM security_group g) WHERE security_group_id IS NULL;
UPDATE break_type SET security_group_id = (SELECT MIN(g.id) FROM security_group g) WHERE security_group_id IS NULL;

ALTER TABLE break_type DROP CONSTRAINT uk_break_type_name;
ALTER TABLE quality_model DROP CONSTRAINT uk_quality_model_name;
ALTER TABLE break_type ADD CONSTRAINT uk_break_type_group_name UNIQUE (security_group_id, name);
ALTER TABLE quality_model ADD CONSTRAINT uk_quality_model_group_name UNIQUE (security_group_id, name);
ALTER TABLE break_type ADD CONSTRAINT fk_break_type_security_group FOREIGN KEY (security_group_id)
    REFERENCES security_group (id);
ALTER TABLE quality_model ADD CONSTRAINT fk_quality_model_security_group FOREIGN KEY (security_group_id)
    REFERENCES security_group (id);
