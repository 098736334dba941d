-- 申诉 (appeals): a household whose file was rejected or exited appeals once per decision, within a
-- deadline, to staff of the unit above the deciding one (never the decider).
-- Who took the latest rejection or exit and when: the decision an appeal is about.
alter table household add column decided_by uuid, add column decided_at timestamptz;

create table household_appeal (
    id                 uuid primary key,
    household_id       uuid          not null references household (id),
    decision           varchar(16)   not null check (decision in ('REJECTED', 'EXITED')),
    decided_at         timestamptz   not null,
    decided_by         uuid,
    deciding_unit_id   uuid          not null references union_unit (id),
    reason             varchar(2000) not null,
    document_ids       uuid[]        not null default '{}',
    filed_by           uuid          not null,
    on_behalf          boolean       not null,
    filed_at           timestamptz   not null,
    deadline_at        timestamptz   not null,
    status             varchar(16)   not null check (status in ('PENDING', 'UPHELD', 'REVERSED')),
    reviewer_subject   uuid,
    outcome_reason     varchar(2000),
    reviewed_at        timestamptz,
    version            bigint        not null default 0,
    -- once per decision: a second appeal of the same decision is refused (409)
    constraint household_appeal_once unique (household_id, decided_at),
    -- the decider never reviews their own decision (谁决定、谁回避)
    constraint household_appeal_not_self check (reviewer_subject is null or decided_by is null or reviewer_subject <> decided_by),
    constraint household_appeal_outcome check ((status = 'PENDING') = (reviewer_subject is null))
);
create index household_appeal_queue on household_appeal (status, deciding_unit_id, filed_at);
create index household_appeal_of on household_appeal (household_id, filed_at);
