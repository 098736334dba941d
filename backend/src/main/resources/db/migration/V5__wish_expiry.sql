-- 到期未筹满: money of an expired wish goes back (refund), on (campaign fund) or home (matching pool).
alter table wish add column returned_fen bigint not null default 0;
alter table wish add constraint wish_out_within_paid check (returned_fen >= 0 and disbursed_fen + returned_fen <= paid_fen);
create index wish_expiring on wish (deadline) where status in ('PUBLISHED', 'PARTLY_FUNDED');
