import type zh from './i18n.zh-CN'

// Follow-up, union aid funds, training, model workers (the console's programme pages): i18n key prog
const en: typeof zh = {
  menu: { followup: 'Follow-up', unionAid: 'Union aid funds', training: 'Skills training', modelWorkers: 'Model workers' },
  followup: {
    title: 'Follow-up', hint: 'The hardship households paired with you: contacts overdue, visit tasks and help measures due, most overdue first.',
    due: 'My tasks', kind: 'Kind', household: 'Household', dueOn: 'Due on', what: 'What', overdueDays: '{n} days overdue', open: 'Open the help plan',
    kinds: { CONTACT: 'Contact overdue', VISIT_TASK: 'Visit task', MEASURE: 'Help measure due' },
    compliance: 'Contact rule this quarter', complianceHint: 'The "3 × 1·2" rule: each staff member pairs with at least {h} households, contacts each at least {c} times a quarter and visits each at least {v} times a year.',
    helper: 'Helper', households: 'Households paired', contacts: 'Contacts', visits: 'Visits', householdsMet: 'Households on track', compliant: 'On track', notCompliant: 'Behind',
    staffCompliant: 'Staff on track', quarter: '{year} Q{q}',
  },
  plan: {
    title: 'Help plan', back: 'Back to follow-up', file: 'Open the household file', none: 'This household has no help plan yet.', goals: 'Goals', saveGoals: 'Save goals', goalsSaved: 'Goals saved',
    create: 'Create the help plan', createHint: 'One measure per help the latest home visit recommended, owned by you, due within 90 days.', created: 'Help plan created',
    recommended: 'Recommended at the home visit', lastReviewed: 'Last reviewed', measures: 'Help measures', measure: 'Measure', owner: 'Owner', status: 'Status', result: 'Result',
    addMeasure: 'Add a measure', added: 'Measure added', description: 'Description', link: 'Carried out by', overdue: 'Overdue',
    resultPrompt: 'Give the result', resultTitle: '{action}: {kind}', moved: 'Measure updated',
    statuses: { PLANNED: 'Planned', IN_PROGRESS: 'In progress', DONE: 'Done', DROPPED: 'Dropped' },
    actions: { START: 'Start', COMPLETE: 'Complete', DROP: 'Drop', REOPEN: 'Reopen' },
    links: { JOB_APPLICATION: 'Job application', SERVICE_ORDER: 'Service order', WISH: 'Wish', UNION_AID: 'Union aid' },
    reviews: 'Plan reviews',
  },
  contact: {
    title: 'Contact log', helper: 'Helper', noHelper: 'No helper named yet', assign: 'Pair with me', assigned: 'Paired', nextDue: 'Next contact due', overdueNow: 'Contact overdue',
    log: 'Log a contact', logged: 'Contact logged', kind: 'By', on: 'Date', summary: 'What was said or seen', nextStep: 'Next step', planReview: 'Plan review (required at a home visit)', by: 'Logged by', empty: 'No contacts yet',
    kinds: { PHONE: 'Phone', VISIT: 'Home visit', MESSAGE: 'WeChat / text message' },
  },
  aid: {
    title: 'Union aid funds', hint: 'The aid funds of your union and the unions below it (each for one purpose only) and the aid lists: one staff member prepares, another approves, then it is paid and booked.',
    funds: 'Funds', fund: 'Fund', source: 'Source', purpose: 'Purpose', balance: 'Balance', committed: 'Approved, not yet paid', available: 'Available',
    lists: 'Aid lists', list: 'List', total: 'Total', listStatus: 'Status', preparedBy: 'Prepared by', created: 'Prepared', newList: 'Prepare a list', listTitle: 'List title', listCreated: 'List created',
    sources: { ALLOCATED: 'Allocated by the union above', OWN_BUDGET: 'Own budget', ENTERPRISE: 'Enterprise contribution', DONATION: 'Public donation' },
    purposes: { FESTIVAL: 'New Year and Spring Festival aid', LIVING: 'Living aid', MEDICAL: 'Medical aid', SCHOLARSHIP: 'Golden Autumn scholarship', CONDOLENCE: 'Festival visits (May Day, Double Ninth)' },
    statuses: { DRAFT: 'Being prepared', SUBMITTED: 'Waiting for approval', APPROVED: 'Approved', PAID: 'Paid', CANCELLED: 'Cancelled' },
    noFund: 'No fund for this purpose (funds are earmarked)',
  },
  aidList: {
    back: 'Back to union aid funds', lines: 'Households on the list', head: 'Head of household', amount: 'Amount (yuan)', goods: 'Goods', lineStatus: 'Status', paidAt: 'Paid',
    addLine: 'Add to the list', lineAdded: 'Added to the list', remove: 'Remove', removed: 'Removed from the list', household: 'Approved hardship household',
    submit: 'Submit for approval', submitted: 'Submitted for approval', approve: 'Approve', approved: 'List approved', reject: 'Send back', rejectReason: 'Reason for sending back', rejected: 'List sent back',
    cancel: 'Cancel the list', cancelConfirm: 'A cancelled list cannot be used again. Cancel it?', cancelled: 'List cancelled',
    pay: 'Record the payment', payReference: 'Transfer or voucher number', proof: 'Proof of payment (signed receipt list, transfer slip)', paid: 'List paid and booked in the ledger',
    own: 'You prepared this list: another staff member must approve it (one prepares, another approves).', rejection: 'Reason for sending back', fundLine: 'Fund: {name}, {amount} yuan available',
    approvedBy: 'Approved by', payInfo: 'Proof of payment',
    lineStatuses: { PLANNED: 'To be paid', PAID: 'Paid' },
  },
  training: {
    title: 'Skills training', hint: 'Training courses of your union and the unions below it, and their enrolments; a certificate earned raises the worker\'s skills in job matching ("one household, one skill").',
    courses: 'Courses', course: 'Course', skill: 'Skill', level: 'Level', provider: 'Provider', dates: 'Dates', places: 'Enrolled / places', full: 'Full',
    create: 'New course', created: 'Course created', startsOn: 'Starts on', endsOn: 'Ends on', capacity: 'Places', certificate: 'Certificate',
    enrolments: 'Enrolled workers', worker: 'Worker', enrolStatus: 'Status', enrolledAt: 'Enrolled', complete: 'Award the certificate', certificateNo: 'Certificate number', completed: 'Certificate awarded',
    drop: 'Drop out', dropped: 'Dropped out', statuses: { ENROLLED: 'Enrolled', COMPLETED: 'Completed', DROPPED: 'Dropped out' }, household: 'Household file', none: 'Nobody has enrolled in this course yet',
    skills: {
      HOUSEKEEPING: 'Housekeeping', ELDERLY_CARE: 'Elderly care', CHILD_CARE: 'Child care', COOKING: 'Cooking', CLEANING: 'Cleaning', ELECTROMECHANICS: 'Electromechanics', ELECTRICIAN: 'Electrician',
      PLUMBING: 'Plumbing', CAR_REPAIR: 'Car repair', DRIVING: 'Driving', DELIVERY: 'Delivery', WAREHOUSE: 'Warehouse', SECURITY: 'Security', RETAIL_SALES: 'Retail sales', CASHIER: 'Cashier',
      CONSTRUCTION: 'Construction', CARPENTRY: 'Carpentry', WELDING: 'Welding', SEWING: 'Sewing', HAIRDRESSING: 'Hairdressing', LANDSCAPING: 'Landscaping', OFFICE_CLERK: 'Office clerk',
      COMPUTER_BASICS: 'Computer basics', CUSTOMER_SERVICE: 'Customer service',
    },
  },
  modelWorkers: {
    title: 'Model workers', hint: 'Model-worker files (eight categories), their service type and one-to-one contact; who visits and how often follows the honour level.', name: 'Name', level: 'Highest honour', serviceType: 'Service type',
    contact: 'One-to-one contact', nextVisit: 'Next visit due', overdue: 'Visit overdue', unpaired: 'Not paired yet', open: 'Open', back: 'Back to model workers',
    levels: { NATIONAL: 'National', PROVINCIAL: 'Provincial', CITY: 'City', DISTRICT: 'District' },
    types: { DEMONSTRATION: 'Leading by example', ASSISTANCE: 'Help and relief', CARE: 'Care and counselling' },
    archive: 'Model-worker file', honours: 'Honours', deeds: 'Deeds', needs: 'Needs and suggestions', work: 'Work history', family: 'Family', visitsThisYear: '{n} visits this year',
    yearMet: 'Visits this year: on track', yearNotMet: 'Visits this year: behind', contacts: 'Contacts', masked: 'ID number masked', tasks: 'My model-worker visit tasks',
  },
  problems: {
    summary: 'Say what was said or seen', contactedOn: 'The date cannot be after today', planReview: 'A home visit reviews the plan: write the review', household: 'Choose the household', amount: 'Give the amount, e.g. 500 or 500.50',
    title: 'Give a title', fund: 'Choose the fund', goals: 'Give the goals', result: 'Give the result', skill: 'Choose the skill', dates: 'The course cannot end before it starts', certificateNo: 'Give the certificate number',
    reason: 'Give the reason', reference: 'Give the voucher number', proof: 'Describe the proof',
  },
}
export default en
