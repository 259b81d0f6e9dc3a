-- Append-only log of every view and change of personal data. Usernames are copied so that entries stay readable
-- when an account is removed; details hold field names and purposes, never the data itself.
create table audit_event (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null default clock_timestamp(),
    actor_user_id bigint not null,
    actor_username varchar(60) not null,
    actor_organisation_id bigint,
    action varchar(30) not null,
    subject_type varchar(40) not null,
    subject_id bigint,
    subject_ids bigint[],
    subject_owner_organisation_id bigint,
    details varchar(500) not null default ''
);

-- The coordinator's questions: what happened to this record, what did this user do, what happened lately.
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_subject_ids_idx on audit_event using gin (subject_ids);
create index audit_event_actor_idx on audit_event (actor_username, occurred_at);
create index audit_event_time_idx on audit_event (occurred_at);

-- Nobody edits history: the log refuses updates and deletes.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
