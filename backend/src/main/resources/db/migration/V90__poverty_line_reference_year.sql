-- 上年城市低保标准: the line of year Y is the reference for assessments from year applies_from_year
-- on (Harbin: the previous year's line, so applies_from_year = year + 1 by default). Data, per line.
alter table poverty_line add column applies_from_year int;
update poverty_line set applies_from_year = year + 1;
alter table poverty_line alter column applies_from_year set not null;
alter table poverty_line add constraint poverty_line_applies_from_year
    check (applies_from_year between year and year + 1);
