-- Help that follows through (issue 15): help plans, helpers, contact log, contact rules, visit tasks.

-- 一户一计划: one plan per household, its measures chosen from the home visit's recommended help.
create table help_plan (
    id              uuid primary key,
    household_id    uuid          not null unique references household (id),
    unit_id         uuid          not null references union_unit (id),
    goals           varchar(2000) not null,
    created_by      uuid          not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    last_reviewed_on date,
    version         bigint        not null default 0
);

-- 一户一措施: each measure has an owner, a due date, a status, a result and what carries it out.
create table help_measure (
    id              uuid primary key,
    plan_id         uuid          not null references help_plan (id),
    kind            varchar(30)   not null,
    description     varchar(1000) not null,
    owner_subject   uuid          not null,
    due_on          date          not null,
    status          varchar(20)   not null,
    result          varchar(1000),
    link_kind       varchar(20),
    link_id         uuid,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint help_measure_link check ((link_kind is null) = (link_id is null))
);
create index help_measure_plan on help_measure (plan_id);
create index help_measure_owner on help_measure (owner_subject, status);

-- A review of the plan made at a home visit (the plan is reviewed at every visit).
create table help_plan_review (
    id              uuid primary key,
    plan_id         uuid          not null references help_plan (id),
    contact_id      uuid          not null,
    reviewed_on     date          not null,
    note            varchar(1000) not null,
    reviewed_by     uuid          not null,
    created_at      timestamptz   not null
);
create index help_plan_review_plan on help_plan_review (plan_id, reviewed_on);

-- 帮扶责任人 (结对): one named staff member per household.
create table helper_assignment (
    household_id    uuid primary key references household (id),
    helper_subject  uuid          not null references staff_member (subject),
    assigned_by     uuid          not null,
    assigned_on     date          not null,
    last_reminded_on date,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index helper_assignment_helper on helper_assignment (helper_subject);

-- The contact log: phone, visit or message; business date in China time.
create table contact_log (
    id              uuid primary key,
    household_id    uuid          not null references household (id),
    staff_subject   uuid          not null,
    kind            varchar(10)   not null,
    contacted_on    date          not null,
    summary         varchar(1000) not null,
    next_step       varchar(1000),
    recorded_at     timestamptz   not null
);
create index contact_log_household on contact_log (household_id, contacted_on);
create index contact_log_staff on contact_log (staff_subject, contacted_on);

-- The contact rule per unit (3 × "1·2" by default); a unit without a row uses its nearest ancestor's.
create table contact_rule (
    unit_id                 uuid primary key references union_unit (id),
    min_households          int  not null check (min_households >= 0),
    contacts_per_quarter    int  not null check (contacts_per_quarter >= 0),
    visits_per_year         int  not null check (visits_per_year >= 0),
    updated_by              uuid not null,
    updated_at              timestamptz not null
);

-- Festival calendar (data: 春节 and 重阳 follow the lunar calendar, so each year has its own dates).
create table festival_date (
    festival        varchar(20)  not null,
    on_date         date         not null,
    name_zh         varchar(40)  not null,
    name_en         varchar(60)  not null,
    primary key (festival, on_date)
);
insert into festival_date (festival, on_date, name_zh, name_en) values
    ('NEW_YEAR',     date '2025-01-01', '元旦', 'New Year''s Day'),
    ('SPRING',       date '2025-01-29', '春节', 'Spring Festival'),
    ('LABOUR_DAY',   date '2025-05-01', '五一', 'Labour Day'),
    ('DOUBLE_NINTH', date '2025-10-29', '重阳', 'Double Ninth Festival'),
    ('NEW_YEAR',     date '2026-01-01', '元旦', 'New Year''s Day'),
    ('SPRING',       date '2026-02-17', '春节', 'Spring Festival'),
    ('LABOUR_DAY',   date '2026-05-01', '五一', 'Labour Day'),
    ('DOUBLE_NINTH', date '2026-10-18', '重阳', 'Double Ninth Festival'),
    ('NEW_YEAR',     date '2027-01-01', '元旦', 'New Year''s Day'),
    ('SPRING',       date '2027-02-06', '春节', 'Spring Festival'),
    ('LABOUR_DAY',   date '2027-05-01', '五一', 'Labour Day'),
    ('DOUBLE_NINTH', date '2027-10-08', '重阳', 'Double Ninth Festival');

-- Festival and birthday visit tasks for the household's helper; one per household, reason and date.
create table visit_task (
    id              uuid primary key,
    household_id    uuid          not null references household (id),
    helper_subject  uuid          not null,
    reason          varchar(40)   not null,
    label_zh        varchar(60)   not null,
    label_en        varchar(80)   not null,
    due_on          date          not null,
    done_on         date,
    created_at      timestamptz   not null,
    unique (household_id, reason, due_on)
);
create index visit_task_helper on visit_task (helper_subject, done_on);
