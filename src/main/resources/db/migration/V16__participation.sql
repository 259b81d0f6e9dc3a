-- The end of a client's participation (ESF+ "upon leaving"): when they left and where they stood then. The four
-- results are not exclusive: a participant may leave into studies and have gained a qualification. One exit per
-- client; the registering organisation is copied so that lists per organisation need no other module's tables.
create table participation_exit (
    client_id bigint primary key references client (id),
    owner_organisation_id bigint not null references organisation (id),
    exit_date date not null,
    job_searching boolean not null,
    in_education boolean not null,
    gained_qualification boolean not null,
    employed boolean not null,
    self_employed boolean not null,
    reason varchar(20) not null check (reason in
        ('COMPLETED', 'EMPLOYED', 'STUDIES', 'MOVED_AWAY', 'INTERRUPTED', 'OTHER')),
    notes varchar(1000),
    recorded_by_username varchar(60) not null,
    recorded_at timestamptz not null default clock_timestamp(),
    updated_at timestamptz not null default clock_timestamp(),
    version integer not null default 0,
    check (not self_employed or employed)
);

-- Follow-ups fall due six months after leaving; the reminder list asks by organisation and date.
create index participation_exit_due_idx on participation_exit (owner_organisation_id, exit_date);

-- The situation six months after leaving (ESF+ longer-term results). A participant who could not be reached has no
-- answers; the follow-up is still recorded so that it no longer shows as due.
create table participation_followup (
    client_id bigint primary key references participation_exit (client_id) on delete cascade,
    followed_up_on date not null,
    reached boolean not null,
    employed boolean,
    self_employed boolean,
    improved_situation boolean,
    in_education boolean,
    notes varchar(1000),
    recorded_by_username varchar(60) not null,
    recorded_at timestamptz not null default clock_timestamp(),
    check (reached = (employed is not null)),
    check (not coalesce(self_employed, false) or employed)
);
