-- PostgreSQL's ceiling for the request: the one database read "top jobs" makes (the worker's profile).
\set n random(1, :workers)
select p.* from worker_profile p where p.subject = (select subject from bench_worker where n = :n);
