-- 配捐防刷: a campaign may cap what one donor draws of its matching (null: the platform default);
-- a paid pledge records what it was matched and, when it drew nothing or less, why.
alter table campaign add column match_cap_per_donor_fen bigint check (match_cap_per_donor_fen > 0);
alter table pledge add column matched_fen bigint not null default 0 check (matched_fen >= 0);
alter table pledge add column match_refusal varchar(40);
-- the rate rule counts one donor's pledges in the last minute
create index pledge_donor_created on pledge (donor_subject, created_at);
update pledge p set matched_fen = coalesce((select sum(m.amount_fen) from pool_match m where m.pledge_id = p.id), 0);
