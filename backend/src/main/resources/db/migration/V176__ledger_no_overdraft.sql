-- Money is never overdrawn (issue 14, money5). Union funds have had this since V140/V144; campaign and
-- general funds (`fund:%`) and the payables of cancelled recoveries (`recovery-refund:%`) get it here:
-- at commit, every such account an entry takes money from must not be below zero. The account's row is
-- locked first (FOR NO KEY UPDATE: entries that only credit it are not held up), so two transactions
-- draining one fund are checked one after the other, the second
-- seeing the first's lines (READ COMMITTED takes a fresh snapshot per statement). The services lock the
-- same row before they read a balance, so this only ever refuses what got past them (SQLSTATE WYOVD,
-- answered 409 problem+json).
create function ledger_no_overdraft() returns trigger language plpgsql as $$
declare
    acct record;
    balance bigint;
begin
    for acct in
        select a.id, a.code from journal_line l join ledger_account a on a.id = l.account_id
         where l.entry_id = new.entry_id and (a.code like 'fund:%' or a.code like 'recovery-refund:%')
         group by a.id, a.code having sum(l.debit_fen) > sum(l.credit_fen) order by a.code
    loop
        perform 1 from ledger_account where id = acct.id for no key update;
        select coalesce(sum(credit_fen - debit_fen), 0) into balance from journal_line where account_id = acct.id;
        if balance < 0 then
            raise exception using errcode = 'WYOVD',
                message = format('account %s would be overdrawn (balance %s fen)', acct.code, balance);
        end if;
    end loop;
    return null;
end;
$$;
create constraint trigger journal_line_no_overdraft after insert on journal_line
    deferrable initially deferred for each row execute function ledger_no_overdraft();
