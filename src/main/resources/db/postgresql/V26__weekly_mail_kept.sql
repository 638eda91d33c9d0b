-- What each weekly report mail said, kept so its owner can open the last one from the quality report:
-- the subject and body as sent and the PDF attached. (PostgreSQL's binary type; db/h2 has VARBINARY.)
ALTER TABLE weekly_report_mail ADD COLUMN subject VARCHAR(300);
ALTER TABLE weekly_report_mail ADD COLUMN body VARCHAR(8000);
ALTER TABLE weekly_report_mail ADD COLUMN pdf BYTEA;
