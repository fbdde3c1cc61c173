-- One row per run of a scheduled job. Every instance of a cluster wakes up for each run; the unique key lets
-- exactly one of them claim it (ScheduledRuns), so a job runs once in the cluster, not once per instance.
-- Written by the portal itself, never edited by people: no version column, no audit trigger.
create table scheduled_run (
    id         bigint generated always as identity primary key,
    job        varchar(60)  not null,
    slot       bigint       not null,
    instance   varchar(200) not null,
    started_at timestamp    not null default localtimestamp,
    constraint scheduled_run_once unique (job, slot),
    constraint scheduled_run_slot_positive check (slot >= 0)
);

create index scheduled_run_started_at on scheduled_run (started_at);
