-- 倒查 from a payment: staff start from an aid payment (a union-aid line paid, or a wish's
-- disbursement), reach the file behind it and open a re-check on it: the file is due now, for this reason.
alter table household_review drop constraint household_review_reason_check;
alter table household_review add constraint household_review_reason_check
    check (reason in ('ANNUAL', 'DATA_CHANGED', 'REVERSE_CHECK'));

create table reverse_check (
    id           uuid primary key,
    household_id uuid         not null references household (id),
    payment_kind varchar(20)  not null check (payment_kind in ('UNION_AID', 'WISH_DISBURSEMENT')),
    payment_id   uuid         not null,
    amount_fen   bigint       not null check (amount_fen >= 0),
    paid_at      timestamptz,
    note         varchar(500) not null,
    opened_by    uuid         not null,
    opened_at    timestamptz  not null,
    -- the re-check that answered it, once recorded
    recheck_id   uuid references household_recheck (id)
);
create index reverse_check_of on reverse_check (household_id, opened_at);
create index reverse_check_payment on reverse_check (payment_kind, payment_id);
