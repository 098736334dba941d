/** Which XLSX work list matches the queue's kind filter (none for mixed kinds or service orders). */
export interface WorklistExport { path: string; query?: Record<string, string | undefined>; fallback: string }

export function worklistExport(kind: string): WorklistExport | null {
  switch (kind) {
    case 'START': return { path: '/api/v1/exports/households', query: { status: 'SUBMITTED' }, fallback: 'households.xlsx' }
    case 'VERIFY': return { path: '/api/v1/exports/households', query: { status: 'UNDER_VERIFICATION' }, fallback: 'households.xlsx' }
    case 'ANSWERS': return { path: '/api/v1/exports/households', query: { status: 'NEEDS_INFO' }, fallback: 'households.xlsx' }
    case 'WISH': return { path: '/api/v1/exports/wishes-in-vetting', fallback: 'wishes-in-vetting.xlsx' }
    case 'DISBURSEMENT': return { path: '/api/v1/exports/disbursements-awaiting-approval', fallback: 'disbursements-awaiting-approval.xlsx' }
    default: return null
  }
}
