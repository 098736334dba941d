-- Model workers (劳模, issue 15 item 4, seed 004): archives of six categories, honours, one-to-one
-- contact (一对一结对) by honour level, the contact log and birthday/festival visit tasks.

-- 劳模档案: the unit that keeps it; the six categories (个人情况、家庭情况、工作简历、先进事迹、荣誉称号、
-- 需求建议). Personal, family, work history and needs are AES-GCM ciphertext (PiiCipher, as households');
-- the ID number also has a blind index (one archive per person). The deeds are not personal data.
create table model_worker (
    id              uuid primary key,
    unit_id         uuid          not null references union_unit (id),
    name            varchar(50)   not null,
    id_number_enc   varchar(500)  not null,
    id_number_bidx  char(64)      not null unique,
    personal_enc    text          not null,
    family_enc      text,
    work_enc        text,
    deeds           varchar(4000) not null,
    needs_enc       text,
    service_type    varchar(20)   not null,
    top_level       varchar(20)   not null,
    -- month and day of birth only, for birthday visit tasks without decrypting every archive
    birth_md        char(5)       not null,
    created_by      uuid          not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index model_worker_unit on model_worker (unit_id);

-- 荣誉称号: each honour with its level (national, provincial, city, district).
create table model_worker_honour (
    id              uuid primary key,
    model_worker_id uuid          not null references model_worker (id),
    title           varchar(100)  not null,
    level           varchar(20)   not null,
    year            int           not null check (year between 1950 and 2100),
    awarded_by      varchar(100)
);
create index model_worker_honour_worker on model_worker_honour (model_worker_id);

-- 一对一结对: the staff member who keeps contact, chosen by the highest honour's level.
create table model_worker_pairing (
    model_worker_id uuid primary key references model_worker (id),
    contact_subject uuid          not null references staff_member (subject),
    assigned_by     uuid          not null,
    assigned_on     date          not null,
    updated_at      timestamptz   not null
);
create index model_worker_pairing_contact on model_worker_pairing (contact_subject);

-- The contact log of a model worker (phone, visit, message), as followup's for households.
create table model_worker_contact (
    id              uuid primary key,
    model_worker_id uuid          not null references model_worker (id),
    staff_subject   uuid          not null,
    kind            varchar(10)   not null,
    contacted_on    date          not null,
    summary         varchar(1000) not null,
    recorded_at     timestamptz   not null
);
create index model_worker_contact_worker on model_worker_contact (model_worker_id, contacted_on);

-- Birthday and festival visit tasks (六大节日、劳模生日) for the paired contact; one per reason and date.
create table model_worker_visit_task (
    id              uuid primary key,
    model_worker_id uuid          not null references model_worker (id),
    contact_subject uuid          not null,
    reason          varchar(40)   not null,
    label_zh        varchar(60)   not null,
    label_en        varchar(80)   not null,
    due_on          date          not null,
    done_on         date,
    created_at      timestamptz   not null,
    unique (model_worker_id, reason, due_on)
);
create index model_worker_visit_task_contact on model_worker_visit_task (contact_subject, done_on);
