-- Issue 14, point 5 (SUP-12): a supervisor watching an agent's screen is in the audit trail, opened and closed.
ALTER TABLE supervision_act DROP CONSTRAINT ck_supervision_act_kind;
ALTER TABLE supervision_act ADD CONSTRAINT ck_supervision_act_kind CHECK (kind IN ('SPY_OPENED', 'SPY_CLOSED',
    'WHISPER', 'BARGE_IN', 'PAUSE', 'LOG_OUT', 'SCREEN_OPENED', 'SCREEN_CLOSED'));
