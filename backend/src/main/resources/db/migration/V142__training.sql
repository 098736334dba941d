-- Jobs and training follow-through (issue 15 item 5): training courses with enrolment, completion
-- and certificate (一户一技), and job fairs (招聘会) with listings attached.

create table training_course (
    id               uuid primary key,
    unit_id          uuid          not null references union_unit (id),
    title            varchar(100)  not null,
    skill            varchar(30)   not null,
    level            int           not null check (level between 1 and 3),
    provider         varchar(100)  not null,
    starts_on        date          not null,
    ends_on          date          not null,
    capacity         int           not null check (capacity > 0),
    enrolled         int           not null default 0 check (enrolled >= 0 and enrolled <= capacity),
    certificate_name varchar(100)  not null,
    created_by       uuid          not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    check (ends_on >= starts_on)
);
create index training_course_unit on training_course (unit_id);

-- 报名: one per worker per course; completed with the certificate's number.
create table training_enrolment (
    id              uuid primary key,
    course_id       uuid          not null references training_course (id),
    worker_subject  uuid          not null,
    household_id    uuid references household (id),
    status          varchar(20)   not null,
    completed_on    date,
    certificate_no  varchar(50),
    enrolled_by     uuid          not null,
    enrolled_at     timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    unique (course_id, worker_subject),
    check (status <> 'COMPLETED' or certificate_no is not null)
);
create index training_enrolment_worker on training_enrolment (worker_subject);
create index training_enrolment_household on training_enrolment (household_id);

-- 招聘会: an event of a unit, with the listings on offer there.
create table job_fair (
    id          uuid primary key,
    unit_id     uuid          not null references union_unit (id),
    title       varchar(100)  not null,
    held_on     date          not null,
    venue       varchar(200)  not null,
    created_by  uuid          not null,
    created_at  timestamptz   not null
);
create index job_fair_held on job_fair (held_on);

create table job_fair_listing (
    fair_id     uuid not null references job_fair (id),
    listing_id  uuid not null references job_listing (id),
    primary key (fair_id, listing_id)
);
