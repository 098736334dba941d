-- 专款专用: a campaign states which wish kinds and which union units (subtrees) it accepts; its
-- matching pools draw only for those. Existing campaigns accept their own unit's subtree and the
-- kinds their kind implies. 金秋助学 states the admission levels it takes (Harbin: 本科).
alter table campaign add column accepted_kinds text;
alter table campaign add column accepted_unit_ids text;
alter table campaign add column admission_levels text not null default '';
update campaign set accepted_kinds = case kind
        when 'SCHOLARSHIP' then 'SCHOLARSHIP'
        when 'FESTIVAL' then 'FESTIVAL_AID,GOODS'
        else 'CASH,GOODS,SERVICE' end,
    accepted_unit_ids = cast(unit_id as varchar);
alter table campaign alter column accepted_kinds set not null;
alter table campaign alter column accepted_unit_ids set not null;
alter table campaign add constraint campaign_accepts_something check (accepted_kinds <> '' and accepted_unit_ids <> '');

-- 一人一年一次: the child a scholarship is for (a hash of the household, name and birth year:
-- member rows are rewritten on every edit) and the level of the programme admitted to.
alter table wish add column student_key varchar(64);
alter table wish add column admission_level varchar(24);
create unique index wish_one_scholarship_per_child_year on wish (student_key, admission_year)
    where kind = 'SCHOLARSHIP' and status not in ('REJECTED', 'WITHDRAWN', 'EXPIRED');
