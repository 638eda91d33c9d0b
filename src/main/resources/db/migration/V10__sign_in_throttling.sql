-- Sign-in throttling counts recent failures per address, per user and overall (AccountService).
CREATE INDEX security_event_address ON security_event (address, kind, at);
CREATE INDEX security_event_kind_at ON security_event (kind, at);
