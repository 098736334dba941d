-- Weiyuan platform foundation: union tree, staff, 低保 lines, household files, audit log.
-- Money is integer fen (bigint). Times are timestamptz (UTC). Public identifiers are UUIDs.

create table union_unit (
    id          uuid primary key,
    parent_id   uuid references union_unit (id),
    level       varchar(16)  not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT', 'GRASSROOTS')),
    name        varchar(100) not null,
    -- materialised path of ids, '/<root>/.../<self>/': a subtree is one prefix scan
    path        text         not null unique,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index union_unit_path_prefix on union_unit (path text_pattern_ops);
create index union_unit_parent on union_unit (parent_id);

-- 工会干部: a staff member (Keycloak subject) acts inside the subtree of one unit
create table staff_member (
    subject      uuid primary key,
    unit_id      uuid        not null references union_unit (id),
    display_name varchar(50) not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index staff_member_unit on staff_member (unit_id);

-- 低保线: the local urban minimum living standard, per unit (usually a city) and year
create table poverty_line (
    id           uuid primary key,
    unit_id      uuid   not null references union_unit (id),
    year         int    not null check (year between 2000 and 2100),
    monthly_fen  bigint not null check (monthly_fen > 0),
    extreme_pct  int    not null check (extreme_pct >= 100),
    hardship_pct int    not null,
    updated_at   timestamptz not null,
    check (hardship_pct >= extreme_pct),
    unique (unit_id, year)
);

-- 困难职工家庭档案 (建档立卡)
create table household (
    id                       uuid primary key,
    unit_id                  uuid         not null references union_unit (id),
    owner_subject            uuid unique,
    registered_by            uuid         not null,
    status                   varchar(24)  not null,
    head_name                varchar(50)  not null,
    id_number_enc            text         not null,
    id_number_index          char(64)     not null unique,
    phone_enc                text,
    district                 varchar(50)  not null,
    address_enc              text,
    housing                  varchar(24)  not null,
    other_monthly_income_fen bigint       not null check (other_monthly_income_fen >= 0),
    causes                   varchar(200) not null,
    cause_note               varchar(500),
    look_housing             varchar(500),
    look_food                varchar(500),
    look_working_capacity    varchar(500),
    look_children_in_school  varchar(500),
    member_count             int          not null check (member_count > 0),
    total_monthly_income_fen bigint       not null check (total_monthly_income_fen >= 0),
    per_capita_income_fen    bigint       not null,
    category                 varchar(24),
    severity                 varchar(16),
    line_year                int,
    line_monthly_fen         bigint,
    review_cycle             int          not null,
    rejection_reason         varchar(500),
    exit_reason              varchar(32),
    exit_note                varchar(500),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0
);
create index household_unit_created on household (unit_id, created_at, id);
create index household_status on household (status);

create table household_member (
    id                 uuid primary key,
    household_id       uuid        not null references household (id) on delete cascade,
    position           int         not null,
    relation           varchar(16) not null,
    name               varchar(50) not null,
    birth_year         int         not null,
    schooling          varchar(16) not null,
    health_status      varchar(24) not null,
    health_detail_enc  text,
    work_status        varchar(24) not null,
    monthly_income_fen bigint      not null check (monthly_income_fen >= 0),
    unique (household_id, position)
);

-- 入户核查: a home visit; the investigator is accountable for it (谁调查、谁负责)
create table household_verification (
    id                      uuid primary key,
    household_id            uuid        not null references household (id),
    review_cycle            int         not null,
    visited_on              date        not null,
    investigator_subject    uuid        not null,
    volunteer_name          varchar(50),
    look_housing            varchar(500),
    look_food               varchar(500),
    look_working_capacity   varchar(500),
    look_children_in_school varchar(500),
    recommended_help        varchar(300) not null,
    summary                 varchar(1000),
    recorded_at             timestamptz not null
);
create index household_verification_household on household_verification (household_id);

-- "needs more information": a staff question and the worker's answer
create table household_question (
    id           uuid primary key,
    household_id uuid          not null references household (id),
    asked_by     uuid          not null,
    question     varchar(500)  not null,
    asked_at     timestamptz   not null,
    answer       varchar(1000),
    answered_by  uuid,
    answered_at  timestamptz
);
create index household_question_household on household_question (household_id);

-- Hash-chained, append-only audit log. hash = sha256(prev_hash | fields); see AuditChain.
create table audit_entry (
    seq           bigint generated always as identity primary key,
    id            uuid        not null unique,
    occurred_at   timestamptz not null,
    actor_subject uuid        not null,
    actor_role    varchar(16) not null,
    action        varchar(48) not null,
    entity_type   varchar(32) not null,
    entity_id     uuid,
    before_digest char(64),
    after_digest  char(64),
    detail        varchar(500),
    prev_hash     char(64)    not null,
    hash          char(64)    not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
