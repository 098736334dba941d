-- 职工医疗互助 (workers' medical mutual aid): plans, members, contributions, claims. Money is integer fen.

-- 互助计划: one union unit's plan for one plan year; its rules (tiers, benefits) are validated JSON.
create table mutual_aid_plan (
    id         uuid primary key,
    unit_id    uuid         not null references union_unit (id),
    plan_year  int          not null check (plan_year between 2000 and 2100),
    name       varchar(100) not null,
    rules      text         not null,
    created_by uuid         not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    unique (unit_id, plan_year, name)
);

-- 会员: linked to a worker's account, or recorded by name and encrypted ID number (blind index) for
-- workers without a smartphone. One membership per person per plan: re-imports never duplicate.
create table mutual_aid_member (
    id             uuid primary key,
    plan_id        uuid         not null references mutual_aid_plan (id),
    worker_subject uuid,
    name_enc       varchar(500) not null,
    id_number_enc  varchar(500),
    id_number_bidx char(64),
    tier           varchar(24)  not null,
    coverage_from  date         not null,
    enrolled_by    uuid         not null,
    created_at     timestamptz  not null,
    check (worker_subject is not null or id_number_bidx is not null),
    unique (plan_id, worker_subject),
    unique (plan_id, id_number_bidx)
);
create index mutual_aid_member_worker on mutual_aid_member (worker_subject);

-- 缴费: a member's contribution for the plan year, by payer (co-funding); one per member and payer.
create table mutual_aid_contribution (
    id          uuid primary key,
    plan_id     uuid        not null references mutual_aid_plan (id),
    member_id   uuid        not null references mutual_aid_member (id),
    payer       varchar(16) not null,
    amount_fen  bigint      not null check (amount_fen > 0),
    entry_id    uuid        not null references journal_entry (id),
    recorded_by uuid        not null,
    recorded_at timestamptz not null,
    unique (member_id, payer)
);
create index mutual_aid_contribution_plan on mutual_aid_contribution (plan_id);

-- 申领: a claim, its computed amount and explanation, and who reviewed and approved it.
create table mutual_aid_claim (
    id                 uuid primary key,
    plan_id            uuid          not null references mutual_aid_plan (id),
    member_id          uuid          not null references mutual_aid_member (id),
    kind               varchar(24)   not null,
    illness            varchar(50),
    invoice_no         varchar(64)   not null,
    event_date         date          not null,
    total_fen          bigint        not null check (total_fen >= 0),
    insurance_paid_fen bigint        not null check (insurance_paid_fen >= 0),
    self_paid_fen      bigint        not null check (self_paid_fen >= 0),
    computed_fen       bigint        not null check (computed_fen >= 0),
    paid_fen           bigint        not null default 0 check (paid_fen >= 0),
    explanation        text          not null,
    status             varchar(32)   not null,
    submitted_by       uuid          not null,
    reviewed_by        uuid,
    approved_by        uuid,
    second_approved_by uuid,
    rejection_reason   varchar(500),
    entry_id           uuid references journal_entry (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    -- a re-submitted invoice is refused: one claim per invoice number per plan (= plan year)
    unique (plan_id, invoice_no)
);
create index mutual_aid_claim_member on mutual_aid_claim (member_id, status);

-- Earmarking (专款专用): an entry touching a plan's accounts touches that plan's accounts only, so
-- money never leaves a plan's fund for anything else. Checked at commit, once all lines exist.
create function mutual_aid_earmark() returns trigger language plpgsql as $$
declare
    plans int;
    others int;
begin
    select count(distinct split_part(a.code, ':', 3)) filter (where a.code like 'mutual-aid:plan:%'),
           count(*) filter (where a.code not like 'mutual-aid:plan:%')
      into plans, others
      from journal_line l join ledger_account a on a.id = l.account_id
     where l.entry_id = new.entry_id;
    if plans > 1 or (plans = 1 and others > 0) then
        raise exception 'mutual-aid earmarking: entry % mixes a plan fund with other accounts', new.entry_id;
    end if;
    return null;
end;
$$;
create constraint trigger journal_line_mutual_aid_earmark after insert on journal_line
    deferrable initially deferred for each row execute function mutual_aid_earmark();
