-- 志愿者名册 (issue 13/14, desk6): each unit's volunteers (义工) who go on home visits, with their phone
-- encrypted as households' are; the home-visit form picks its volunteer from the roster of the file's unit
-- or a unit above it. A visit recorded before keeps its free-text name only (volunteer_id null).
create table volunteer (
    id          uuid primary key,
    unit_id     uuid          not null references union_unit (id),
    name        varchar(50)   not null,
    phone_enc   text          not null,
    skills      text[]        not null default '{}',
    active      boolean       not null default true,
    created_by  uuid          not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    check (length(btrim(name)) > 0),
    check (cardinality(skills) <= 10)
);
create index volunteer_unit on volunteer (unit_id, active, name);

alter table household_verification add column volunteer_id uuid references volunteer (id);
