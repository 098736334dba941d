-- Loads the Guizhou mutual-aid year for the benchmark: :units grassroots unions (spread over the
-- province's districts), one 2026 plan each, :n members in all (724,800 in Guizhou), each member's
-- contribution (16,556 fen: 120 M yuan over 724,800 workers) with one balanced ledger entry per plan,
-- and :claims paid claims (11,000 sick workers paid 5.535 M yuan: 50,318 fen each on average), each
-- with its payout entry out of the plan's fund. Rows are shaped as the services write them; the
-- earmarking trigger checks every entry at commit.
begin;

insert into union_unit (id, parent_id, level, name, path, created_at)
select x.id, x.parent_id, 'GRASSROOTS', x.name, x.parent_path || x.id || '/', now()
from (select gen_random_uuid() as id, d.id as parent_id, d.path as parent_path, '互助压测基层工会' || g as name
      from generate_series(1, :units) g
      join (select row_number() over (order by path) as k, id, path, count(*) over () as cnt from union_unit
            where level = 'DISTRICT' and path like (select path from union_unit where name = '贵州省总工会') || '%') d
        on d.k = 1 + g % d.cnt) x;

create temporary table bu as
select row_number() over (order by path) as k, id from union_unit where name like '互助压测基层工会%';

create table bench_plan as
select bu.k, gen_random_uuid() as id, bu.id as unit_id from bu;
insert into mutual_aid_plan (id, unit_id, plan_year, name, rules, created_by, created_at)
select id, unit_id, 2026, '2026年职工医疗互助',
       '{"waitingDays":0,"tiers":[{"tier":"ORDINARY","shares":[{"payer":"WORKER","fen":16556}]}],"inpatient":null,'
       || '"criticalIllness":{"illnesses":["尿毒症","恶性肿瘤"],"amountFen":1200000},"pharmacy":null}',
       '00000000-0000-0000-0000-0000000000b2', now()
from bench_plan;

insert into mutual_aid_member (id, plan_id, worker_subject, name_enc, id_number_enc, id_number_bidx, tier, coverage_from, enrolled_by, created_at)
select gen_random_uuid(), p.id, null, 'v1:bench', 'v1:bench', md5(g::text) || md5('m' || g), 'ORDINARY', date '2026-01-01',
       '00000000-0000-0000-0000-0000000000b2', now()
from generate_series(1, :n) g join bench_plan p on p.k = 1 + g % (select count(*) from bench_plan);

insert into ledger_account (id, code, kind, name)
select gen_random_uuid(), 'mutual-aid:plan:' || id || ':fund', 'LIABILITY', '互助基金 ' || id from bench_plan
union all
select gen_random_uuid(), 'mutual-aid:plan:' || id || ':bank', 'ASSET', '互助基金专户 ' || id from bench_plan;

-- contributions: one entry per plan (the unit's payment for all its members), one row per member
create table bench_contrib_entry as select p.id as plan_id, gen_random_uuid() as entry_id from bench_plan p;
insert into journal_entry (id, occurred_at, kind, external_ref, memo)
select entry_id, now(), 'MUTUAL_AID_CONTRIBUTION', 'mutual-aid:contributions:' || entry_id, '互助会费 2026' from bench_contrib_entry;
insert into mutual_aid_contribution (id, plan_id, member_id, payer, amount_fen, entry_id, recorded_by, recorded_at)
select gen_random_uuid(), m.plan_id, m.id, 'WORKER', 16556, e.entry_id, '00000000-0000-0000-0000-0000000000b2', now()
from mutual_aid_member m join bench_contrib_entry e on e.plan_id = m.plan_id;
insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen)
select gen_random_uuid(), e.entry_id, a.id, case when a.kind = 'ASSET' then t.fen else 0 end, case when a.kind = 'LIABILITY' then t.fen else 0 end
from bench_contrib_entry e
join (select plan_id, sum(amount_fen) as fen from mutual_aid_contribution group by plan_id) t on t.plan_id = e.plan_id
join ledger_account a on a.code in ('mutual-aid:plan:' || e.plan_id || ':fund', 'mutual-aid:plan:' || e.plan_id || ':bank');

-- paid claims: members picked evenly, amounts around 50,318 fen, each paid by its own entry
create table bench_claim as
select c.g, gen_random_uuid() as id, gen_random_uuid() as entry_id, m.id as member_id, m.plan_id,
       20318 + (c.g * 7919) % 60001 as fen
from generate_series(1, :claims) c(g)
join (select row_number() over (order by id) as r, id, plan_id from mutual_aid_member) m on m.r = 1 + (c.g * 61) % :n;
insert into journal_entry (id, occurred_at, kind, external_ref, memo)
select entry_id, now(), 'MUTUAL_AID_PAYOUT', 'mutual-aid:claim:' || id, '互助金 BENCH-' || g from bench_claim;
insert into mutual_aid_claim (id, plan_id, member_id, kind, illness, invoice_no, event_date, total_fen, insurance_paid_fen, self_paid_fen,
                              computed_fen, paid_fen, explanation, status, submitted_by, reviewed_by, approved_by, entry_id, created_at, updated_at)
select id, plan_id, member_id, 'INPATIENT', null, 'BENCH-' || g, date '2026-06-01', fen * 4, fen * 2, fen * 2, fen, fen, '[]', 'PAID',
       '00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000b3', '00000000-0000-0000-0000-0000000000b4',
       entry_id, now(), now()
from bench_claim;
insert into journal_line (id, entry_id, account_id, debit_fen, credit_fen)
select gen_random_uuid(), c.entry_id, a.id, case when a.kind = 'LIABILITY' then c.fen else 0 end, case when a.kind = 'ASSET' then c.fen else 0 end
from bench_claim c join ledger_account a on a.code in ('mutual-aid:plan:' || c.plan_id || ':fund', 'mutual-aid:plan:' || c.plan_id || ':bank');

-- the plan the XLSX import goes into (no members yet; plan year 2027, so it stays out of the 2026 figures)
insert into mutual_aid_plan (id, unit_id, plan_year, name, rules, created_by, created_at)
select gen_random_uuid(), (select id from bu where k = 1), 2027, '导入压测计划',
       '{"waitingDays":0,"tiers":[{"tier":"ORDINARY","shares":[{"payer":"WORKER","fen":5000}]},'
       || '{"tier":"HARDSHIP","shares":[{"payer":"WORKER","fen":3000}]}],"inpatient":null,'
       || '"criticalIllness":{"illnesses":["尿毒症"],"amountFen":1200000},"pharmacy":null}',
       '00000000-0000-0000-0000-0000000000b2', now();
commit;
analyze;
