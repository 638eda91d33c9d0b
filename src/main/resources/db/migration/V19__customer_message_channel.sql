-- How the customer wants to hear from the workshop: SMS or EMAIL; NULL lets the app choose (a text
-- message when there is a phone number, else e-mail).
ALTER TABLE customer ADD COLUMN messages_by VARCHAR(10);
