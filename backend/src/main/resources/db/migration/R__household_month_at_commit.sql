-- 档案月度统计 at commit: the monthly counters of V185 (household_month) are bumped when the filing or
-- the approval/exit commits, not when its row is inserted. As V185 made them, the upsert ran at the
-- household's (or audit row's) insert and held the counter row's lock until the transaction ended, so
-- every filing in one unit and month waited for the whole transaction of the one before it (duplicate
-- scan, members, audit row, each a round trip): 40 filings at once in one community queued one by one
-- and the last answered after 30 s under load (ConcurrencyApiTest). A deferred constraint trigger runs
-- the same upsert at commit, so the row is held only while the transaction commits.
--
-- Repeatable (R__), not versioned: Flyway runs it after every versioned migration, so it replaces V185's
-- triggers both on a new database (where V185 runs after any lower version given out since) and on one
-- that already has V185; it runs again only if this file changes.
drop trigger if exists household_month_filed on household;
create constraint trigger household_month_filed after insert on household
    deferrable initially deferred
    for each row execute function household_month_filed();

drop trigger if exists household_month_transition on audit_entry;
create constraint trigger household_month_transition after insert on audit_entry
    deferrable initially deferred
    for each row when (new.entity_type = 'household' and new.action in ('HOUSEHOLD_APPROVED', 'HOUSEHOLD_EXITED'))
    execute function household_month_transition();
