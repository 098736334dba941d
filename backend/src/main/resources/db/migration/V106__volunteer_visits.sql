-- 义工核查: staff assign a file's home visit to a volunteer (role volunteer). The volunteer sees the
-- file, masked, only while the visit is OPEN; recording it closes the visit (DONE), staff may cancel it.
create table volunteer_visit (
    id                uuid primary key,
    household_id      uuid         not null references household (id),
    review_cycle      int          not null,
    volunteer_subject uuid         not null,
    volunteer_name    varchar(100) not null,
    note              varchar(500),
    status            varchar(12)  not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    assigned_by       uuid         not null,
    assigned_at       timestamptz  not null,
    verification_id   uuid,
    closed_by         uuid,
    closed_at         timestamptz,
    check ((status = 'OPEN') = (closed_at is null))
);
-- one open visit per file and volunteer
create unique index volunteer_visit_open on volunteer_visit (household_id, volunteer_subject) where status = 'OPEN';
create index volunteer_visit_mine on volunteer_visit (volunteer_subject, status, assigned_at);
create index volunteer_visit_of on volunteer_visit (household_id, assigned_at);
