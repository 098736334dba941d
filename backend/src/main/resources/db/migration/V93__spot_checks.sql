-- 抽查: a unit's staff draw a random sample of approved files in their subtree; the seed is
-- recorded so the draw can be repeated and checked. Each file goes to an investigator who did not
-- visit it before.
create table spot_check (
    id             uuid primary key,
    unit_id        uuid         not null references union_unit (id),
    drawn_by       uuid         not null,
    method         varchar(12)  not null check (method in ('CONFIDENCE', 'SHARE')),
    confidence_pct int,
    margin_pct     numeric(5, 2),
    share_pct      numeric(5, 2),
    seed           bigint       not null,
    population     int          not null check (population >= 0),
    sample_size    int          not null check (sample_size >= 0 and sample_size <= population),
    status         varchar(12)  not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    created_at     timestamptz  not null
);

create table spot_check_item (
    id                   uuid primary key,
    spot_check_id        uuid        not null references spot_check (id),
    household_id         uuid        not null references household (id),
    investigator_subject uuid        not null,
    recheck_id           uuid references household_recheck (id),
    unique (spot_check_id, household_id)
);
create index spot_check_item_investigator on spot_check_item (investigator_subject) where recheck_id is null;
