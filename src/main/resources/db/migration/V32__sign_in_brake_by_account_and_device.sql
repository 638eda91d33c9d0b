-- Sign-in throttling tells failures for existing accounts from those for made-up names (only the
-- former count towards the workshop-wide brake), and remembers the device (a hash of its cookie)
-- each sign-in came from, so a person's own device is recognised (AccountService).
ALTER TABLE security_event ADD COLUMN account_exists BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE security_event ADD COLUMN device VARCHAR(64);
CREATE INDEX security_event_account_kind_at ON security_event (account_exists, kind, at);
CREATE INDEX security_event_device ON security_event (username, device, kind, at);
