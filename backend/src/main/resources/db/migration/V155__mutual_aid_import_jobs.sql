-- Issue 16 (aid7): the XLSX enrolment import runs as a durable job outside the request (202 + a job to poll).
-- The sheet is kept with its job, encrypted (it holds names and ID numbers), and parsed again by whichever
-- replica claims the job; rows are enrolled in batches, each batch committing its members, the job's progress
-- (rows_done, counts) and its row errors together, so a job taken over after its lease expired resumes at
-- rows_done. One job per plan runs at a time; the same sheet (SHA-256) queued or running is the same job.
create table mutual_aid_import_job (
    id           uuid primary key,
    plan_id      uuid         not null references mutual_aid_plan (id),
    sheet_sha256 varchar(64)  not null,
    sheet_enc    bytea        not null,
    state        varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_total   integer      not null check (rows_total >= 0),
    rows_done    integer      not null default 0 check (rows_done >= 0 and rows_done <= rows_total),
    enrolled     integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    rejected     integer      not null default 0,
    options_chosen integer    not null default 0,
    attempts     integer      not null default 0,
    lease_owner  varchar(64),
    lease_until  timestamptz,
    failure      varchar(500),
    started_by   uuid         not null,
    created_at   timestamptz  not null,
    finished_at  timestamptz,
    check ((state in ('DONE', 'FAILED')) = (finished_at is not null))
);
-- the same sheet posted again while its job is queued or running is that job
create unique index mutual_aid_import_job_live_sheet on mutual_aid_import_job (plan_id, sheet_sha256)
    where state in ('QUEUED', 'RUNNING');
-- one running job per plan (two replicas claiming two jobs of one plan: the second claim fails and is retried later)
create unique index mutual_aid_import_job_running on mutual_aid_import_job (plan_id) where state = 'RUNNING';
create index mutual_aid_import_job_due on mutual_aid_import_job (created_at) where state in ('QUEUED', 'RUNNING');
create index mutual_aid_import_job_plan on mutual_aid_import_job (plan_id, created_at desc);

-- A row the import refused, with its field and reason (zh-CN / English), read back page by page.
create table mutual_aid_import_error (
    job_id uuid         not null references mutual_aid_import_job (id) on delete cascade,
    row_no integer      not null,
    field  varchar(64),
    reason varchar(1000) not null,
    primary key (job_id, row_no)
);
