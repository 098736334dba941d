-- 微愿 wishes, campaigns, pledges and the double-entry ledger. Money is integer fen.

-- A campaign (活动): 金秋助学, 两节送温暖 or a general appeal, run by a union unit.
create table campaign (
    id                     uuid primary key,
    unit_id                uuid         not null references union_unit (id),
    kind                   varchar(24)  not null,
    name                   varchar(100) not null,
    starts_on              date         not null,
    ends_on                date         not null,
    scholarship_amount_fen bigint check (scholarship_amount_fen > 0),
    created_at             timestamptz  not null,
    check (ends_on >= starts_on)
);

create table wish (
    id                 uuid primary key,
    household_id       uuid          not null references household (id),
    unit_id            uuid          not null references union_unit (id),
    campaign_id        uuid references campaign (id),
    kind               varchar(24)   not null,
    status             varchar(24)   not null,
    title              varchar(60)   not null,
    story              varchar(2000) not null,
    target_fen         bigint        not null check (target_fen > 0),
    -- live pledges (held for payment or paid): never above the target, whatever the concurrency
    pledged_fen        bigint        not null default 0,
    paid_fen           bigint        not null default 0,
    deadline           date          not null,
    district           varchar(50)   not null,
    household_category varchar(24),
    household_severity varchar(16),
    household_causes   varchar(200)  not null,
    school_name        varchar(100),
    admission_year     int,
    rejection_reason   varchar(500),
    vetted_by          uuid,
    created_by         uuid          not null,
    published_at       timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (pledged_fen >= 0 and pledged_fen <= target_fen),
    check (paid_fen >= 0 and paid_fen <= pledged_fen)
);
create index wish_household on wish (household_id);
create index wish_feed on wish (status, published_at, id);

create table wish_item (
    id             uuid primary key,
    wish_id        uuid         not null references wish (id) on delete cascade,
    position       int          not null,
    name           varchar(100) not null,
    quantity       int          not null check (quantity > 0),
    unit_price_fen bigint       not null check (unit_price_fen > 0),
    unique (wish_id, position)
);

create table wish_question (
    id          uuid primary key,
    wish_id     uuid          not null references wish (id),
    asked_by    uuid          not null,
    question    varchar(500)  not null,
    asked_at    timestamptz   not null,
    answer      varchar(1000),
    answered_by uuid,
    answered_at timestamptz
);
create index wish_question_wish on wish_question (wish_id);

-- 认捐: a donor's pledge, held for payment until hold_expires_at, then paid or released.
create table pledge (
    id                uuid primary key,
    wish_id           uuid         not null references wish (id),
    donor_subject     uuid         not null,
    amount_fen        bigint       not null check (amount_fen > 0),
    status            varchar(16)  not null,
    on_expiry         varchar(24)  not null,
    idempotency_key   varchar(100) not null,
    request_hash      char(64)     not null,
    payment_reference varchar(64)  not null unique,
    hold_expires_at   timestamptz  not null,
    created_at        timestamptz  not null,
    paid_at           timestamptz,
    released_at       timestamptz,
    unique (donor_subject, idempotency_key)
);
create index pledge_wish on pledge (wish_id);
create index pledge_holds on pledge (hold_expires_at) where status = 'HELD';

-- Double-entry ledger (复式记账). Accounts are created on first use by code.
create table ledger_account (
    id      uuid primary key,
    code    varchar(100) not null unique,
    kind    varchar(16)  not null,
    name    varchar(100) not null,
    wish_id uuid references wish (id)
);

create table journal_entry (
    id           uuid primary key,
    occurred_at  timestamptz  not null,
    kind         varchar(32)  not null,
    wish_id      uuid references wish (id),
    pledge_id    uuid references pledge (id),
    -- the event that caused it (e.g. a gateway's payment reference): one entry per event, ever
    external_ref varchar(120) not null unique,
    memo         varchar(200)
);
create index journal_entry_wish on journal_entry (wish_id);

create table journal_line (
    id         uuid primary key,
    entry_id   uuid   not null references journal_entry (id),
    account_id uuid   not null references ledger_account (id),
    debit_fen  bigint not null default 0 check (debit_fen >= 0),
    credit_fen bigint not null default 0 check (credit_fen >= 0),
    check ((debit_fen = 0) <> (credit_fen = 0))
);
create index journal_line_entry on journal_line (entry_id);
create index journal_line_account on journal_line (account_id);

-- The journal is append-only: corrections are new entries, never edits.
create function journal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is append-only: % on % refused', tg_op, tg_table_name;
end;
$$;
create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function journal_is_append_only();
create trigger journal_line_append_only before update or delete on journal_line
    for each row execute function journal_is_append_only();
