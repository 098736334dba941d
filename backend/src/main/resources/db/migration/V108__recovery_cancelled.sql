-- A reversed ineligible exit (申诉撤销) cancels the file's open recoveries: no more instalments; what was
-- received is put back to the household's credit by a balanced entry (recorded on the recovery).
alter table aid_recovery drop constraint aid_recovery_status_check;
alter table aid_recovery add constraint aid_recovery_status_check check (status in ('OPEN', 'SETTLED', 'CANCELLED'));
alter table aid_recovery add column cancelled_by uuid, add column cancelled_at timestamptz, add column cancel_reason varchar(500);
