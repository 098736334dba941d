-- 倒查与责任追究: who approved a file, and findings against the staff behind a file found ineligible
-- (谁调查、谁登记、谁审核、谁负责).
alter table household add column approved_by uuid, add column approved_at timestamptz;

-- files approved before this migration: the approver from the audit log's latest approval of the file
update household h set approved_by = a.actor_subject, approved_at = a.occurred_at
from (select distinct on (entity_id) entity_id, actor_subject, occurred_at from audit_entry
      where entity_type = 'household' and action = 'HOUSEHOLD_APPROVED' order by entity_id, seq desc) a
where a.entity_id = h.id;

create table accountability_finding (
    id             uuid primary key,
    household_id   uuid          not null references household (id),
    staff_subject  uuid          not null,
    staff_unit_id  uuid          not null references union_unit (id),
    role           varchar(16)   not null check (role in ('REGISTERED', 'INVESTIGATED', 'APPROVED', 'RECHECKED')),
    reason         varchar(2000) not null,
    recorded_by    uuid          not null,
    recorded_at    timestamptz   not null,
    constraint accountability_not_self check (recorded_by <> staff_subject),
    -- one finding per person, role and file
    constraint accountability_once unique (household_id, staff_subject, role)
);
create index accountability_by_unit on accountability_finding (staff_unit_id, recorded_at);
