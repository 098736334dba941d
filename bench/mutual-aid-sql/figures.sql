-- The two statements of GET /mutual-aid/figures (MutualAidRepository.figures and unitFigures) for
-- the province and plan year 2026; @PATH@ and @UNIT@ are filled in by mutual-aid-bench.sh.
select cast(p.id as varchar), cast(p.unit_id as varchar), p.name, p.plan_year,
       (select count(*) from mutual_aid_member m where m.plan_id = p.id),
       (select cast(coalesce(sum(c.amount_fen), 0) as bigint) from mutual_aid_contribution c where c.plan_id = p.id),
       (select count(*) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID'),
       (select cast(coalesce(sum(k.paid_fen), 0) as bigint) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID'),
       (select cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint)
          from ledger_account a join journal_line l on l.account_id = a.id
         where a.code = 'mutual-aid:plan:' || p.id || ':fund')
from mutual_aid_plan p join union_unit u on u.id = p.unit_id
where u.path like '@PATH@%' and (2026 = 0 or p.plan_year = 2026)
order by u.path, p.plan_year, p.name, p.id;
with f as (
  select u.path,
         (select count(*) from mutual_aid_member m where m.plan_id = p.id) as members,
         (select coalesce(sum(c.amount_fen), 0) from mutual_aid_contribution c where c.plan_id = p.id) as contributed,
         (select count(*) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID') as claims,
         (select coalesce(sum(k.paid_fen), 0) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID') as paid,
         (select coalesce(sum(l.credit_fen - l.debit_fen), 0)
            from ledger_account a join journal_line l on l.account_id = a.id
           where a.code = 'mutual-aid:plan:' || p.id || ':fund') as balance
  from mutual_aid_plan p join union_unit u on u.id = p.unit_id
  where u.path like '@PATH@%' and (2026 = 0 or p.plan_year = 2026))
select cast(c.id as varchar), c.name, count(*), cast(sum(f.members) as bigint), cast(sum(f.contributed) as bigint),
       cast(sum(f.claims) as bigint), cast(sum(f.paid) as bigint), cast(sum(f.balance) as bigint)
from union_unit c join f on f.path like c.path || '%'
where (c.id = '@UNIT@' and f.path = c.path) or c.parent_id = '@UNIT@'
group by c.id, c.name, c.path
order by c.path;
