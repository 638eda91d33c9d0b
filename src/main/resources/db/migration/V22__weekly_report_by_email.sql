-- A manager's opt-in to the weekly report by e-mail, in their language, and each week's mail once:
-- the primary key lets one node (of any number) claim a person's week, so nobody gets it twice.
CREATE TABLE report_subscription (
    person_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES person (id),
    email          VARCHAR(254) NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    subscribed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE weekly_report_mail (
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    week_start  DATE         NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500),
    PRIMARY KEY (person_id, week_start)
);
