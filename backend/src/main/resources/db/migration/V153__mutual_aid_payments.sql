-- Issue 16 (aid6): contributions paid through a payment gateway (the sandbox stands in for UnionPay/WeChat Pay).
-- A member pays their own (WORKER) share of their tier in the app, or a grassroots unit pays every unpaid share of
-- listed members at once. The payment's reference is what the gateway's notification names; the notification
-- posts one balanced entry (the plan's gateway clearing account → the plan's fund) and writes the contribution rows.
create table mutual_aid_payment (
    id              uuid primary key,
    plan_id         uuid         not null references mutual_aid_plan (id),
    reference       varchar(40)  not null unique,
    gateway         varchar(32)  not null,
    payer_kind      varchar(16)  not null check (payer_kind in ('MEMBER', 'UNIT')),
    started_by      uuid         not null,
    amount_fen      bigint       not null check (amount_fen > 0),
    status          varchar(16)  not null check (status in ('PENDING', 'PAID')),
    -- shares recorded another way (by the unit) while this payment was pending: kept apart, owed back
    surplus_fen     bigint       not null default 0 check (surplus_fen >= 0),
    entry_id        uuid references journal_entry (id),
    notification_id varchar(100),
    created_at      timestamptz  not null,
    paid_at         timestamptz,
    check ((status = 'PAID') = (entry_id is not null))
);
create index mutual_aid_payment_plan on mutual_aid_payment (plan_id, status);

-- The shares one payment covers: a member's share by payer (co-funding), as due when the payment was started.
create table mutual_aid_payment_share (
    payment_id uuid        not null references mutual_aid_payment (id),
    member_id  uuid        not null references mutual_aid_member (id),
    payer      varchar(16) not null,
    amount_fen bigint      not null check (amount_fen > 0),
    primary key (payment_id, member_id, payer)
);
create index mutual_aid_payment_share_member on mutual_aid_payment_share (member_id);
