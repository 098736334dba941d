-- 申诉: files rejected or exited before V103 recorded no decider, so they could not be appealed even
-- inside the deadline. Take the decider and the time from the audit log's latest rejection or exit.
update household h set decided_by = a.actor_subject, decided_at = a.occurred_at
from (select distinct on (entity_id) entity_id, actor_subject, occurred_at from audit_entry
      where entity_type = 'household' and action in ('HOUSEHOLD_REJECTED', 'HOUSEHOLD_EXITED')
      order by entity_id, occurred_at desc) a
where a.entity_id = h.id and h.decided_at is null and h.status in ('REJECTED', 'EXITED');
