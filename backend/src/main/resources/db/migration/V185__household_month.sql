-- 档案月度统计: new files, approvals and exits per unit and month (China time), kept as they happen.
-- The monthly dashboard chart read every approval and exit of the period from the audit log and joined
-- each to its household for the unit (2.2–3.7 s at 200,000 files, bench/stats-bench.sh); it now reads at
-- most one row per unit, month and series. Counted for the household's unit at the moment of the event:
-- a file when its household row is inserted, an approval or exit when its audit row is appended (the
-- audit log stays the record; these are its running totals, and the backfill below recounts them).
create table household_month (
    unit_id uuid      not null,
    month   timestamp not null, -- the month's first moment, China time: date_trunc('month', t at time zone 'Asia/Shanghai')
    series  text      not null check (series in ('FILED', 'APPROVALS', 'EXITS')),
    n       bigint    not null check (n >= 0),
    primary key (unit_id, month, series)
);

create function household_month_add(unit uuid, happened timestamptz, what text) returns void language sql as $$
    insert into household_month (unit_id, month, series, n)
    values (unit, date_trunc('month', happened at time zone 'Asia/Shanghai'), what, 1)
    on conflict (unit_id, month, series) do update set n = household_month.n + 1
$$;

create function household_month_filed() returns trigger language plpgsql as $$
begin
    perform household_month_add(new.unit_id, new.created_at, 'FILED');
    return null;
end $$;

create trigger household_month_filed after insert on household
    for each row execute function household_month_filed();

create function household_month_transition() returns trigger language plpgsql as $$
declare
    unit uuid;
begin
    select h.unit_id into unit from household h where h.id = new.entity_id;
    if unit is not null then
        perform household_month_add(unit, new.occurred_at,
            case new.action when 'HOUSEHOLD_APPROVED' then 'APPROVALS' else 'EXITS' end);
    end if;
    return null;
end $$;

create trigger household_month_transition after insert on audit_entry
    for each row when (new.entity_type = 'household' and new.action in ('HOUSEHOLD_APPROVED', 'HOUSEHOLD_EXITED'))
    execute function household_month_transition();

insert into household_month (unit_id, month, series, n)
select unit_id, m, s, sum(n) from (
    select h.unit_id, date_trunc('month', h.created_at at time zone 'Asia/Shanghai') as m, 'FILED' as s, count(*) as n
      from household h group by 1, 2
    union all
    select h.unit_id, date_trunc('month', a.occurred_at at time zone 'Asia/Shanghai'),
           case a.action when 'HOUSEHOLD_APPROVED' then 'APPROVALS' else 'EXITS' end, count(*)
      from audit_entry a join household h on h.id = a.entity_id
     where a.entity_type = 'household' and a.action in ('HOUSEHOLD_APPROVED', 'HOUSEHOLD_EXITED')
     group by 1, 2, 3) x
group by 1, 2, 3;
