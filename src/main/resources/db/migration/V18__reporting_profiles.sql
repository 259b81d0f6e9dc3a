-- Each participant's attributes at entry and upon leaving, packed into one small number each, so that the
-- indicator report groups a million participants by two integers instead of testing two dozen conditions per row.
-- fi.kohtaanto.reporting.internal.Profiles decodes them; a test checks that the two agree.
alter table report_participant add column entry_profile smallint generated always as (
    (case entry_status when 'UNEMPLOYED' then 0 when 'LONG_TERM_UNEMPLOYED' then 1 when 'INACTIVE' then 2
        when 'IN_EDUCATION' then 3 else 4 end)
    + 5 * (case age_band when 'UNDER_18' then 0 when 'FROM_18_TO_29' then 1 when 'FROM_30_TO_54' then 2 else 3 end)
    + 20 * (case isced_group when 'ISCED_0_2' then 0 when 'ISCED_3_4' then 1 else 2 end)
    + 60 * third_country::int + 120 * foreign_background::int
    + 240 * (case gender when 'WOMAN' then 0 when 'MAN' then 1 when 'NON_BINARY' then 2 else 3 end)) stored;

-- The situation upon leaving and six months later as bits, with the gender above them.
alter table report_participant add column exit_profile smallint generated always as (
    exit_job_searching::int + 2 * exit_in_education::int + 4 * exit_qualification::int + 8 * exit_employed::int
    + 16 * exit_self_employed::int + 32 * (followup_date is not null)::int + 64 * followup_employed::int
    + 128 * followup_improved::int
    + 256 * (case gender when 'WOMAN' then 0 when 'MAN' then 1 when 'NON_BINARY' then 2 else 3 end)) stored;
