-- Issue 15: a transfer between union funds is prepared by one staff member and approved by another
-- (一人经办、一人审批, as for aid lists and disbursements); only the approval posts the ledger entry.
-- Transfers recorded before this migration were posted at once: they stay POSTED, their recorder
-- standing as preparer, with no approver on record.
alter table union_fund_transfer
    add column status          varchar(20)  not null default 'POSTED',
    add column approved_by     uuid,
    add column approved_at     timestamptz,
    add column rejected_by     uuid,
    add column rejected_at     timestamptz,
    add column rejection_reason varchar(500),
    alter column entry_id drop not null;
alter table union_fund_transfer alter column status drop default;
alter table union_fund_transfer
    add constraint union_fund_transfer_status check (status in ('PREPARED', 'POSTED', 'REJECTED')),
    add constraint union_fund_transfer_posted check ((status = 'POSTED') = (entry_id is not null)),
    add constraint union_fund_transfer_checker check (approved_by is null or approved_by <> recorded_by),
    add constraint union_fund_transfer_rejecter check (rejected_by is null or rejected_by <> recorded_by);
-- the 划拨单号 stays one per source fund, except that a rejected transfer frees it for the corrected one
drop index union_fund_transfer_once;
create unique index union_fund_transfer_once on union_fund_transfer (from_fund_id, reference) where status <> 'REJECTED';
create index union_fund_transfer_prepared on union_fund_transfer (status, recorded_at) where status = 'PREPARED';
