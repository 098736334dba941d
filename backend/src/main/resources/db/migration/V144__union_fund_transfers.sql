-- Issue 15: transfers between union units' own funds (e.g. 上级工会下拨 from a city fund to a district's).
-- One journal entry of four lines: the source fund owes less and holds less, the target owes more and
-- holds more. Money keeps its purpose as it moves (专款专用): only funds of one purpose exchange money.

create table union_fund_transfer (
    id           uuid primary key,
    from_fund_id uuid         not null references union_fund (id),
    to_fund_id   uuid         not null references union_fund (id),
    amount_fen   bigint       not null check (amount_fen > 0),
    reference    varchar(100) not null,
    entry_id     uuid         not null unique references journal_entry (id),
    recorded_by  uuid         not null,
    recorded_at  timestamptz  not null,
    constraint union_fund_transfer_two_funds check (from_fund_id <> to_fund_id)
);
create index union_fund_transfer_from on union_fund_transfer (from_fund_id, recorded_at);
create index union_fund_transfer_to on union_fund_transfer (to_fund_id, recorded_at);

-- Earmarking, now with transfers: an entry touching union funds touches their accounts only; it touches
-- one fund, or exactly two when it is a transfer; no fund it touches may be overdrawn. Checked at commit.
create or replace function union_fund_earmark() returns trigger language plpgsql as $$
declare
    funds int;
    others int;
    entry_kind varchar;
    fund_code varchar;
    balance bigint;
begin
    select count(distinct split_part(a.code, ':', 2)) filter (where a.code like 'union-fund:%'),
           count(*) filter (where a.code not like 'union-fund:%')
      into funds, others
      from journal_line l join ledger_account a on a.id = l.account_id
     where l.entry_id = new.entry_id;
    select kind into entry_kind from journal_entry where id = new.entry_id;
    if (funds > 0 and others > 0) or (funds > 1 and not (funds = 2 and entry_kind = 'UNION_FUND_TRANSFER')) then
        raise exception 'union-fund earmarking: entry % mixes a union fund with other accounts', new.entry_id;
    end if;
    for fund_code in
        select distinct a.code from journal_line l join ledger_account a on a.id = l.account_id
         where l.entry_id = new.entry_id and a.code like 'union-fund:%:fund'
    loop
        select coalesce(sum(l.credit_fen - l.debit_fen), 0) into balance
          from journal_line l join ledger_account a on a.id = l.account_id where a.code = fund_code;
        if balance < 0 then
            raise exception 'union fund % would be overdrawn (balance % fen)', fund_code, balance;
        end if;
    end loop;
    return null;
end;
$$;
