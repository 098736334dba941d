-- 倒查: at most one open reverse check per payment. The service checks first (409 problem.reverse-check.open);
-- this index makes two concurrent openings of the same payment end the same way (the second insert is a
-- unique violation, answered 409) instead of two open checks.
create unique index reverse_check_one_open on reverse_check (payment_kind, payment_id) where recheck_id is null;
