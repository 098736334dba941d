-- Issue 16 (branch prog5): optional plans (自选计划, Zunyi: a 10-yuan fee opens optional plans such as accident or
-- critical illness). The plan's rules JSON declares them; a member opts in with the option's own fee, which is a
-- contribution row (option_code set) posted into the plan's fund like the tier's shares.
alter table mutual_aid_contribution add column option_code varchar(24);
alter table mutual_aid_contribution drop constraint mutual_aid_contribution_member_id_payer_key;
create unique index mutual_aid_contribution_tier_once on mutual_aid_contribution (member_id, payer) where option_code is null;
create unique index mutual_aid_contribution_option_once on mutual_aid_contribution (member_id, option_code) where option_code is not null;

create table mutual_aid_member_option (
    member_id        uuid        not null references mutual_aid_member (id),
    option_code      varchar(24) not null,
    plan_id          uuid        not null references mutual_aid_plan (id),
    opted_on         date        not null,
    fee_fen          bigint      not null check (fee_fen > 0),
    contribution_id  uuid        not null references mutual_aid_contribution (id),
    recorded_by      uuid        not null,
    recorded_at      timestamptz not null,
    primary key (member_id, option_code)
);

-- A claim against an optional benefit names it; no other claim does.
alter table mutual_aid_claim add column option_code varchar(24);
alter table mutual_aid_claim add constraint mutual_aid_claim_option check ((kind = 'OPTIONAL') = (option_code is not null));
