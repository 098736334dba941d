-- Issue 15: a household leaving the files (脱困退出) closes its help plan with an outcome per measure.

alter table help_plan
    add column closed_on     date,
    add column closed_by     uuid,
    add column exit_reason   varchar(40),
    add column outcome       varchar(20),
    add column closing_note  varchar(1000),
    add constraint help_plan_closed check ((closed_on is null) = (outcome is null) and (closed_on is null) = (closed_by is null));

-- 措施成效: what each measure achieved, with the reason staff gave when the plan was closed.
alter table help_measure
    add column outcome         varchar(20),
    add column outcome_reason  varchar(1000),
    add constraint help_measure_outcome check ((outcome is null) = (outcome_reason is null));
