-- 追回帮扶金: aid handed to a household later found ineligible is put under recovery: an amount
-- (at most what was disbursed on the wish), a reason, and instalments as they are received; each
-- instalment is a ledger entry back to the fund the aid came from (the wish's campaign fund).
create table aid_recovery (
    id           uuid primary key,
    household_id uuid          not null references household (id),
    wish_id      uuid          not null references wish (id),
    amount_fen   bigint        not null check (amount_fen > 0),
    received_fen bigint        not null default 0 check (received_fen >= 0),
    reason       varchar(500)  not null,
    status       varchar(12)   not null check (status in ('OPEN', 'SETTLED')),
    created_by   uuid          not null,
    created_at   timestamptz   not null,
    check (received_fen <= amount_fen)
);
create index aid_recovery_of on aid_recovery (household_id, created_at);

create table aid_recovery_instalment (
    id          uuid primary key,
    recovery_id uuid         not null references aid_recovery (id),
    amount_fen  bigint       not null check (amount_fen > 0),
    reference   varchar(100) not null,
    recorded_by uuid         not null,
    received_at timestamptz  not null
);
