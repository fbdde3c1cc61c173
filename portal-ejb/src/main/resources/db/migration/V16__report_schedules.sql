-- Report schedules: a country or donor report generated on a schedule (monthly or quarterly), archived like any
-- report, optionally published to the donors of its countries, and e-mailed to its recipients. Each e-mail is a
-- delivery, retried with a growing pause when the mail server refuses it (ReportDeliveries), until it is sent or
-- given up as failed.
create table report_schedule (
    id                bigint generated always as identity primary key,
    report_type       varchar(20)   not null,
    language          varchar(5)    not null,
    frequency         varchar(20)   not null,
    next_run_on       date          not null,
    attach_file       boolean       not null default true,
    publish_to_donors boolean       not null default false,
    active            boolean       not null default true,
    created_by        varchar(200)  not null,
    created_at        timestamp     not null default localtimestamp,
    last_run_at       timestamp,
    last_error        varchar(1000),
    version           bigint        not null default 0,
    constraint report_schedule_type check (report_type in ('COUNTRY', 'DONOR')),
    constraint report_schedule_language check (language in ('en', 'fr')),
    constraint report_schedule_frequency check (frequency in ('MONTHLY', 'QUARTERLY'))
);

create index report_schedule_due on report_schedule (next_run_on) where active;

create table report_schedule_country (
    id                 bigint generated always as identity primary key,
    report_schedule_id bigint not null references report_schedule (id) on delete cascade,
    country_id         bigint not null references country (id),
    constraint report_schedule_country_once unique (report_schedule_id, country_id)
);

create index report_schedule_country_country on report_schedule_country (country_id);

create table report_schedule_recipient (
    id                 bigint generated always as identity primary key,
    report_schedule_id bigint       not null references report_schedule (id) on delete cascade,
    email              varchar(254) not null,
    constraint report_schedule_recipient_once unique (report_schedule_id, email)
);

-- One e-mail of one archived report to one recipient. Written by the portal (and reset by an admin's retry):
-- its attempts are its history, so it has no audit trigger.
create table report_delivery (
    id                 bigint generated always as identity primary key,
    report_schedule_id bigint        not null references report_schedule (id),
    report_archive_id  bigint        not null references report_archive (id),
    recipient          varchar(254)  not null,
    status             varchar(10)   not null default 'PENDING',
    attempts           integer       not null default 0,
    last_error         varchar(1000),
    next_attempt_at    timestamp,
    sent_at            timestamp,
    created_at         timestamp     not null default localtimestamp,
    version            bigint        not null default 0,
    constraint report_delivery_status check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint report_delivery_attempts check (attempts >= 0),
    constraint report_delivery_pending_has_time check (status <> 'PENDING' or next_attempt_at is not null)
);

create index report_delivery_due on report_delivery (next_attempt_at) where status = 'PENDING';
create index report_delivery_schedule on report_delivery (report_schedule_id, created_at desc);
create index report_delivery_archive on report_delivery (report_archive_id);
create index report_delivery_failed on report_delivery (report_schedule_id) where status = 'FAILED';

create trigger report_schedule_audit after insert or update or delete on report_schedule
    for each row execute function audit_row();
create trigger report_schedule_country_audit after insert or update or delete on report_schedule_country
    for each row execute function audit_row();
create trigger report_schedule_recipient_audit after insert or update or delete on report_schedule_recipient
    for each row execute function audit_row();
