-- Union-paid aid (工会帮扶资金, issue 15 item 3): funds by source and purpose, deposits, aid lists
-- prepared by one staff member and approved by another, paid with proof. Money is integer fen.

-- 帮扶资金: a unit's fund from one source for one purpose. Its two ledger accounts are
-- union-fund:<id>:fund (what the fund owes its purpose) and union-fund:<id>:bank (the money held).
create table union_fund (
    id          uuid primary key,
    unit_id     uuid         not null references union_unit (id),
    source      varchar(20)  not null,
    purpose     varchar(20)  not null,
    name        varchar(100) not null,
    created_by  uuid         not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (unit_id, name)
);
create index union_fund_unit on union_fund (unit_id);

-- 入账: money received into a fund (an allocation from the unit above, the budget, a contribution, a donation).
create table union_fund_deposit (
    id          uuid primary key,
    fund_id     uuid         not null references union_fund (id),
    amount_fen  bigint       not null check (amount_fen > 0),
    reference   varchar(100) not null,
    received_on date         not null,
    entry_id    uuid         not null references journal_entry (id),
    recorded_by uuid         not null,
    recorded_at timestamptz  not null
);
create index union_fund_deposit_fund on union_fund_deposit (fund_id);

-- 帮扶名单 (e.g. 两节送温暖): prepared, submitted, approved by a second staff member, paid with proof.
create table aid_list (
    id               uuid primary key,
    fund_id          uuid          not null references union_fund (id),
    unit_id          uuid          not null references union_unit (id),
    purpose          varchar(20)   not null,
    title            varchar(100)  not null,
    status           varchar(20)   not null,
    total_fen        bigint        not null default 0 check (total_fen >= 0),
    prepared_by      uuid          not null,
    submitted_at     timestamptz,
    approved_by      uuid,
    approved_at      timestamptz,
    rejection_reason varchar(500),
    paid_by          uuid,
    paid_at          timestamptz,
    pay_reference    varchar(100),
    proof            varchar(500),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    -- maker-checker: the approver is never the preparer
    constraint aid_list_two_people check (approved_by is null or approved_by <> prepared_by)
);
create index aid_list_fund on aid_list (fund_id, status);
create index aid_list_unit on aid_list (unit_id, status);

-- One line per household per list: an amount, or goods with their value in fen.
create table aid_line (
    id            uuid primary key,
    list_id       uuid          not null references aid_list (id),
    household_id  uuid          not null references household (id),
    amount_fen    bigint        not null check (amount_fen > 0),
    goods         varchar(200),
    status        varchar(20)   not null,
    entry_id      uuid references journal_entry (id),
    paid_at       timestamptz,
    created_at    timestamptz   not null,
    unique (list_id, household_id)
);
create index aid_line_household on aid_line (household_id);

-- Earmarking (专款专用): an entry touching a union fund's accounts touches that fund's accounts only,
-- and the fund never owes less than nothing (its money never goes below zero). Checked at commit.
create function union_fund_earmark() returns trigger language plpgsql as $$
declare
    funds int;
    others int;
    fund_code varchar;
    balance bigint;
begin
    select count(distinct split_part(a.code, ':', 2)) filter (where a.code like 'union-fund:%'),
           count(*) filter (where a.code not like 'union-fund:%'),
           max(a.code) filter (where a.code like 'union-fund:%:fund')
      into funds, others, fund_code
      from journal_line l join ledger_account a on a.id = l.account_id
     where l.entry_id = new.entry_id;
    if funds > 1 or (funds = 1 and others > 0) then
        raise exception 'union-fund earmarking: entry % mixes a union fund with other accounts', new.entry_id;
    end if;
    if fund_code is not null then
        select coalesce(sum(l.credit_fen - l.debit_fen), 0) into balance
          from journal_line l join ledger_account a on a.id = l.account_id where a.code = fund_code;
        if balance < 0 then
            raise exception 'union fund % would be overdrawn (balance % fen)', fund_code, balance;
        end if;
    end if;
    return null;
end;
$$;
create constraint trigger journal_line_union_fund_earmark after insert on journal_line
    deferrable initially deferred for each row execute function union_fund_earmark();
