-- 入户照片: a photo staff took on a home visit is a document kind of its own (VISIT_PHOTO), no longer
-- filed as OTHER (其他材料). The kinds a household document may have are now checked by the database
-- too (DocumentKind, the enum the API takes; stored by name). Photos filed as OTHER before this stay
-- OTHER: nothing tells them apart from other documents.
alter table household_document add constraint household_document_kind_known check (kind in (
    'INCOME_PROOF', 'DIAGNOSIS', 'DISABILITY_CARD', 'LAYOFF_PAPER', 'ADMISSION_LETTER', 'VISIT_PHOTO', 'OTHER'));
