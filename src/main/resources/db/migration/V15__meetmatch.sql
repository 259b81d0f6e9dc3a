-- How a Meet&Match event is divided into meeting slots: the first slot's start on the event's day, the length of a
-- slot and of the break after it, how many slots, how many tables (empty: one per employer) and at most how many
-- meetings a candidate has.
create table meetmatch_setup (
    event_id bigint primary key references event (id) on delete cascade,
    first_slot_at time not null,
    slot_minutes integer not null check (slot_minutes between 5 and 120),
    break_minutes integer not null check (break_minutes between 0 and 60),
    slot_count integer not null check (slot_count between 1 and 40),
    tables integer check (tables between 1 and 500),
    max_meetings integer not null check (max_meetings between 1 and 40)
);

-- The employers who take part, in which slots they are present and how many of their people meet at once.
create table meetmatch_employer (
    event_id bigint not null references event (id) on delete cascade,
    employer_id bigint not null references employer (id),
    available_slots integer[] not null,
    parallel_tables integer not null default 1 check (parallel_tables between 1 and 10),
    primary key (event_id, employer_id)
);

-- The latest computed schedule of the event: its total score, the upper bound and whether it is proven optimal.
create table meetmatch_schedule (
    event_id bigint primary key references event (id) on delete cascade,
    computed_at timestamptz not null default clock_timestamp(),
    computed_by_username varchar(60) not null,
    total_score bigint not null,
    upper_bound bigint not null,
    optimal boolean not null,
    proof varchar(40) not null,
    reason varchar(80),
    candidates integer not null,
    candidates_without_fit integer not null
);

-- The meetings of the schedule: who meets whom, in which slot and at which table.
create table meetmatch_meeting (
    event_id bigint not null references meetmatch_schedule (event_id) on delete cascade,
    slot integer not null,
    table_no integer not null,
    client_id bigint not null references client (id),
    employer_id bigint not null references employer (id),
    score integer not null,
    primary key (event_id, slot, table_no)
);
