-- Issue 15: a household that exited and was reopened (重新申请) gets a new help plan; its closed plan
-- stays as the record of how the earlier help ended. So the household has many plans over time,
-- and at most one open (closed_on is null) at once: a partial unique index, not a unique column.
alter table help_plan drop constraint help_plan_household_id_key;
create unique index help_plan_one_open on help_plan (household_id) where closed_on is null;
create index help_plan_household on help_plan (household_id, created_at);
