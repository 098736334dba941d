-- 复核 (dynamic management): every approved file is reviewed at least once a year and whenever its
-- data changes. One schedule row per file that has been approved; one row per re-check made.
create table household_review (
    household_id uuid primary key references household (id),
    unit_id      uuid        not null references union_unit (id),
    due_on       date        not null,
    reason       varchar(16) not null check (reason in ('ANNUAL', 'DATA_CHANGED')),
    updated_at   timestamptz not null
);
create index household_review_due on household_review (due_on, household_id);

-- files approved before this migration: due a year after their last change (the default interval)
insert into household_review (household_id, unit_id, due_on, reason, updated_at)
select id, unit_id, cast(updated_at at time zone 'Asia/Shanghai' as date) + 365, 'ANNUAL', now()
from household where status = 'APPROVED';

create table household_recheck (
    id                   uuid primary key,
    household_id         uuid         not null references household (id),
    review_cycle         int          not null,
    reason               varchar(16)  not null,
    result               varchar(16)  not null check (result in ('CONFIRMED', 'CORRECTED', 'INELIGIBLE')),
    visited_on           date         not null,
    finding              varchar(1000) not null,
    category_before      varchar(24),
    severity_before      varchar(24),
    category_after       varchar(24),
    severity_after       varchar(24),
    investigator_subject uuid         not null,
    commitment_signed    boolean      not null check (commitment_signed),
    recorded_at          timestamptz  not null
);
create index household_recheck_of on household_recheck (household_id, recorded_at);
