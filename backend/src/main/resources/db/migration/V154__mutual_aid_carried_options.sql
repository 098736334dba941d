-- Issue 16 (aid6): a renewal carries members' optional plans (自选计划) into the next plan year; the new year's fee
-- is due until the unit records it with the contributions, so an opt-in may wait for its contribution row.
alter table mutual_aid_member_option alter column contribution_id drop not null;
