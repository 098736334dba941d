import type zh from './i18n.zh-CN'

// Console pages added in session 7 and review fixes (issue 13, console4): i18n key desk
const en: typeof zh = {
  history: {
    actor: '{role} {name}', otherFile: 'the other file', appealOnBehalf: 'Filed by staff on the worker\'s behalf',
    fields: { idNumber: 'ID number', phone: 'Phone', addressDetail: 'Address', healthDetail: 'Health details' },
  },
  exitReasons: { RE_EMPLOYED: 'Found work again', INCOME_ABOVE_THRESHOLD: 'Income above the line', MOVED_AWAY: 'Moved away', DECEASED: 'Head of household died', INELIGIBLE_ON_RECHECK: 'No longer eligible on re-check', OTHER: 'Other reason' },
  measureOutcomes: { ACHIEVED: 'Achieved', PARTLY_ACHIEVED: 'Partly achieved', NOT_ACHIEVED: 'Not achieved', NOT_NEEDED: 'No longer needed' },
  appeals: {
    outcomes: { UPHELD: 'Decision upheld', REVERSED: 'Decision reversed (appeal succeeds)' },
  },
  accountability: {
    roles: { REGISTERED: 'Registered the file', INVESTIGATED: 'Home visit', APPROVED: 'Approved', RECHECKED: 'Re-checked' },
  },
}
export default en
