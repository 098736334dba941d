-- Brute force in PostgreSQL: one random worker's top 10 over every open listing, hard constraints
-- in the WHERE clause and a weighted score of skill overlap, wage and hours, no index beyond the
-- profile's primary key.
\set n random(1, :workers)
select l.id,
       35 * coalesce(cardinality(array(select unnest(l.skills) intersect select unnest(p.skills)))::float
                     / nullif(cardinality(l.skills), 0), 1)
     + 20 * least(1, (l.wage_min_fen + l.wage_max_fen) / 2.0 / greatest(p.desired_wage_fen, 1))
     + 15 * (1 - least(1, abs(l.weekly_hours - p.desired_weekly_hours)::float / p.desired_weekly_hours))
     + 10 * (1 - least(1, extract(epoch from now() - l.created_at) / 86400 / 30)) as score
from worker_profile p, job_listing l
where p.subject = (select subject from bench_worker where n = :n)
  and l.status = 'OPEN' and l.expires_on >= current_date and l.filled < l.positions
  and l.district = any (p.reachable_districts)
  and not (l.demands && p.health_limits)
  and l.certificates <@ p.certificates
  and (l.shift_mask & p.availability_mask) = l.shift_mask
  and extract(year from current_date) - p.birth_year between coalesce(l.age_min, 16) and coalesce(l.age_max, 200)
order by score desc
limit 10;
