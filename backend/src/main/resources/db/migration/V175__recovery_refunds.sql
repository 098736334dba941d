-- 撤销追回的退款 (issue 14, money5): when an appeal overturns the ineligible finding, what the household
-- paid back is owed to it. The fund it went into is debited only as far as it holds the money (the rest
-- waits, refund_status AWAITING_FUNDS, and is booked when a payout is approved and the fund has it);
-- booked money sits on the recovery's payable account `recovery-refund:<id>` until staff pay it out
-- (maker-checker: recorder ≠ approver), each payout one balanced entry (debit the payable, credit `recovered`).
alter table aid_recovery
    add column refund_status     varchar(16) check (refund_status in ('AWAITING_FUNDS', 'PAYABLE', 'PAID')),
    add column refund_owed_fen   bigint not null default 0,
    add column refund_booked_fen bigint not null default 0,
    add column refund_paid_fen   bigint not null default 0,
    add constraint aid_recovery_refund_amounts check (0 <= refund_paid_fen and refund_paid_fen <= refund_booked_fen
        and refund_booked_fen <= refund_owed_fen and refund_owed_fen <= received_fen);

create table aid_recovery_refund (
    id           uuid primary key,
    recovery_id  uuid         not null references aid_recovery (id),
    amount_fen   bigint       not null check (amount_fen > 0),
    method       varchar(16)  not null check (method in ('BANK_TRANSFER', 'CASH')),
    reference    varchar(100) not null,
    proof        varchar(500) not null,
    status       varchar(20)  not null check (status in ('PENDING_APPROVAL', 'PAID', 'REJECTED')),
    recorded_by  uuid         not null,
    recorded_at  timestamptz  not null,
    decided_by   uuid,
    decided_at   timestamptz,
    reject_reason varchar(500),
    entry_id     uuid unique references journal_entry (id),
    check (status <> 'PAID' or (entry_id is not null and decided_by is not null and decided_by <> recorded_by))
);
create index aid_recovery_refund_of on aid_recovery_refund (recovery_id, recorded_at);

-- Recoveries cancelled before this version had their received money debited from the fund and credited
-- to `recovered` (V108): the fund already gave it up, so the whole refund is booked and payable. One
-- reclassifying entry per recovery moves it from `recovered` (the cash is still held) to its payable,
-- so every cancelled recovery reads the same from here on.
insert into ledger_account (id, code, kind, name)
select gen_random_uuid(), 'recovery-refund:' || r.id, 'LIABILITY', '应退追回款 ' || r.id
  from aid_recovery r where r.status = 'CANCELLED' and r.received_fen > 0
on conflict (code) do nothing;

-- the entry's id is derived from the recovery's, so the three statements name the same entry without a temporary table
insert into journal_entry (id, occurred_at, kind, external_ref, memo)
select md5('v175:' || r.id)::uuid, now(), 'RECOVERY_REFUND_RECLASSIFIED', 'recovery-refund-reclass:' || r.id,
       '撤销追回的已追回款转入应退款 ' || r.id
  from aid_recovery r
 where r.status = 'CANCELLED' and r.received_fen > 0
   and exists (select 1 from journal_entry e where e.external_ref = 'recovery-cancel:' || r.id);
insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen)
select gen_random_uuid(), e.id, a.id, r.received_fen, 0
  from aid_recovery r join journal_entry e on e.external_ref = 'recovery-refund-reclass:' || r.id
  join ledger_account a on a.code = 'recovered';
insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen)
select gen_random_uuid(), e.id, a.id, 0, r.received_fen
  from aid_recovery r join journal_entry e on e.external_ref = 'recovery-refund-reclass:' || r.id
  join ledger_account a on a.code = 'recovery-refund:' || r.id;

update aid_recovery r set refund_status = 'PAYABLE', refund_owed_fen = r.received_fen, refund_booked_fen = r.received_fen
 where exists (select 1 from journal_entry e where e.external_ref = 'recovery-refund-reclass:' || r.id);
