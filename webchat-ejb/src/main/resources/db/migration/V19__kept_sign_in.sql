-- Issue 16, point 6: a console's sign-in outlives the server's restart, so that an open workspace or board comes
-- back by itself. The browser keeps a random token in an HttpOnly cookie for as long as it is open; the server keeps
-- only the token's SHA-256, whose user it was and the user's access key then (a password, roles, group or a
-- supervisor's log-out changed since refuses it), until a shift's end at most.
CREATE TABLE kept_sign_in (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    access_key  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_kept_sign_in_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_kept_sign_in_user ON kept_sign_in (user_id);
CREATE INDEX ix_kept_sign_in_expires ON kept_sign_in (expires_at);
