-- What each weekly report mail said, kept so its owner can open the last one from the quality report:
-- the subject and body as sent and the PDF attached. (H2's binary type; db/postgresql has BYTEA.)
ALTER TABLE weekly_report_mail ADD COLUMN subject VARCHAR(300);
ALTER TABLE weekly_report_mail ADD COLUMN body VARCHAR(8000);
ALTER TABLE weekly_report_mail ADD COLUMN pdf VARBINARY(4000000);
