import type zh from './i18n.zh-CN'

// Console pages added in session 7 and review fixes (issue 13, console4): i18n key desk
const en: typeof zh = {
  withNote: '{a} ({b})',
  form: { fixMarked: '{n} fields need correcting; each is marked under its field.' },
  file: { none: 'No file chosen', choose: 'Choose a file' },
  documents: { noViewer: 'The browser cannot show the PDF here: use "Download the file" below.' },
  duplicates: {
    count: '{n} pairs', shown: 'Showing {shown} of {n} pairs', filter: 'Filter by name, district, birth year or ID ending', reason: 'Reason',
    district: '{v}', born: 'born {v}', idTail: 'ID ending {v}',
  },
  spot: { noHistory: 'The platform has no list of past spot checks yet. After a draw this page\'s address carries the check\'s number: bookmark or share it to open the check again.' },
  menu: { appeals: 'Appeals', accountability: 'Accountability' },
  funds: {
    create: 'Open a fund', deposit: 'Record money received', transfer: 'Transfer between funds', name: 'Fund name', amount: 'Amount', reference: 'Receipt no.', receivedOn: 'Received on',
    from: 'From fund', to: 'To fund', transferReference: 'Transfer no.', noTarget: 'No other fund for the same purpose (funds are earmarked)',
    transferHint: 'Move money to a fund of the same purpose in your union or below (funds are earmarked); out and in are one balanced journal entry. A transfer number is used once.',
    transferNeedsTwo: 'A transfer needs at least two funds.',
    needUnit: 'Choose the unit', needSource: 'Choose where the money comes from', needPurpose: 'Choose what the money is for', needName: 'Name the fund', needFund: 'Choose the fund',
    needFrom: 'Choose the fund to move money from', needTo: 'Choose the fund to move money to', sameFund: 'The two funds must differ', earmark: 'Earmarked money: only into a fund of the same purpose',
    needAmount: 'Give an amount above zero (yuan, at most two decimals)', tooMuch: 'More than the {yuan} yuan available in the fund', needReference: 'Give the receipt or transfer number',
    created: 'Fund opened', deposited: 'Money recorded', transferred: 'Transferred and booked',
  },
  rule: {
    edit: 'Set your unit\'s contact rule', title: 'Contact rule of {unit}', hint: 'Child unions without a rule of their own follow the one set here.',
    inherited: 'Your unit follows the rule of a union above; saving here gives your unit and those below it this rule instead.',
    minHouseholds: 'Households each helper pairs with, at least', contactsPerQuarter: 'Contacts per household per quarter, at least', visitsPerYear: 'Home visits per household per year, at least', saved: 'Contact rule saved',
  },
  inYuan: '{label} (yuan)',
  followup: {
    tooFewHouseholds: '{n} households paired, fewer than the {min} the rule asks', householdsBehind: '{n} households short of contacts or visits this period',
  },
  empty: {
    maPlans: 'No mutual aid plan in {year} in your union or below. Look at another year; once a plan is created its members and contributions add up here.',
    maUnits: 'No mutual aid figures of child unions in {year}.',
    unmet: 'No service demand is waiting: every service workers ordered has a provider.',
    offers: 'No service on offer yet. Register a provider and publish its services below; workers can then book them on the phone.',
    mwRows: 'No model worker file in your union or below yet. Use "New model worker file" to enter one.',
  },
  missing: {
    claimId: 'Type the claim number (36 characters, like 1f0e4b3c-…), then open the claim.', contactSummary: 'Fill in "What happened" first, then log the contact.',
  },
  history: {
    actor: '{role} {name}', otherFile: 'the other file', appealOnBehalf: 'Filed by staff on the worker\'s behalf',
    fields: { idNumber: 'ID number', phone: 'Phone', addressDetail: 'Address', healthDetail: 'Health details' },
  },
  exitReasons: { RE_EMPLOYED: 'Found work again', INCOME_ABOVE_THRESHOLD: 'Income above the line', MOVED_AWAY: 'Moved away', DECEASED: 'Head of household died', INELIGIBLE_ON_RECHECK: 'No longer eligible on re-check', OTHER: 'Other reason' },
  measureOutcomes: { ACHIEVED: 'Achieved', PARTLY_ACHIEVED: 'Partly achieved', NOT_ACHIEVED: 'Not achieved', NOT_NEEDED: 'No longer needed' },
  appeals: {
    title: 'Appeals', hint: 'Appeals against rejections and exits decided in units below yours, filed by the worker or by staff on their behalf; the longest waiting first. Whoever made a decision cannot review it.',
    empty: 'No appeal is waiting. When a worker appeals a rejection or an exit, it shows here.',
    decision: 'Decision appealed', decisions: { REJECTED: 'Rejected', EXITED: 'Exited' }, filedAt: 'Filed', waiting: 'waiting {n} days', documents: 'Documents',
    review: 'Review', filedBy: 'Filed by', byStaff: 'Staff member {name} on the worker\'s behalf', reason: 'Grounds of the appeal', outcome: 'Outcome', decisionReason: 'Reasons for the outcome',
    outcomes: { UPHELD: 'Decision upheld', REVERSED: 'Decision reversed (appeal succeeds)' },
    means: { UPHELD: 'Upheld: the file stays as it is; the worker is told the outcome and the reasons.', REVERSED: 'Reversed: the file returns to where it was before the decision; the worker is told the outcome and the reasons.' },
    needOutcome: 'Choose the outcome', needReason: 'Give the reasons for the outcome', decide: 'Record the outcome', upheldDone: 'Decision upheld', reversedDone: 'Decision reversed',
    sodTitle: 'You cannot review this appeal', sodExplain: 'Whoever made a decision (or staff at the same level) does not review it: staff of the union above must.',
    onFile: 'Appeals', noneOnFile: 'No appeal on this file.', onBehalf: 'Appeal on the worker\'s behalf',
    onBehalfHint: 'For a worker who cannot use a phone, staff file the appeal in the worker\'s own words; it is marked as filed on their behalf and reviewed by the union above.',
    needAppealReason: 'Give the grounds (in the worker\'s own words)', file: 'File the appeal', filed: 'Appeal filed: the union above will review it',
    pendingOne: 'An appeal on this file is waiting for review: no other appeal until it is decided.',
    statuses: { PENDING: 'Waiting for review', UPHELD: 'Decision upheld', REVERSED: 'Appeal succeeded' },
  },
  accountability: {
    title: 'Accountability', hint: 'For files found ineligible on re-check: who registered, visited, approved and re-checked them, and the findings the unions above them recorded. Record one from the file\'s trace.',
    empty: 'No accountability finding yet. On a file found ineligible, use "Trace" to record one against the staff who handled it.',
    roles: { REGISTERED: 'Registered the file', INVESTIGATED: 'Home visit', APPROVED: 'Approved', RECHECKED: 'Re-checked' },
    staff: 'Staff member', role: 'Step', reason: 'Grounds', recordedBy: 'Recorded by', trace: 'Trace', runTrace: 'Trace who handled it',
    traceHint: 'Lists who registered, visited, approved and re-checked this file and when; this trace is written to the audit log.',
    findings: 'Accountability findings', noFindings: 'No finding on this file yet.', record: 'Record a finding',
    recordHint: 'Only someone the trace names, and only by staff of a union above theirs; nobody records a finding against themselves.',
    who: 'Staff member (step)', needWho: 'Choose the staff member', needReason: 'Give the grounds', recorded: 'Finding recorded',
    onlyIneligible: 'Findings are recorded only for files that left help as ineligible on re-check.',
  },
}
export default en
