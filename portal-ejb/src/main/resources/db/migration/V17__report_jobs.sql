-- The reports being generated, as the page that asked polls them. Kept in the database, not in the memory of
-- the instance that generates, so that behind a load balancer a poll may land on any instance of a cluster.
-- Written by the portal itself, never edited by people: no version column, no audit trigger; rows older
-- than an hour are deleted (ReportJobs).
create table report_job (
    id         varchar(36)  primary key,
    owner      varchar(255) not null,
    state      varchar(10)  not null default 'QUEUED',
    progress   smallint     not null default 0,
    archive_id bigint       references report_archive (id),
    failure    varchar(60),
    started_at timestamp    not null default localtimestamp,
    constraint report_job_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint report_job_progress check (progress between 0 and 100),
    constraint report_job_done_has_archive check (state <> 'DONE' or archive_id is not null)
);

create index report_job_started_at on report_job (started_at);
