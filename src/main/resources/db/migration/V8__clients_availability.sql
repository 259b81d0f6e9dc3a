-- When the client can start work and whether they would move for it; matching scores both.
alter table client add column available_from date;
alter table client add column willing_to_relocate boolean not null default false;
