import type { Schemas } from '../api/client'

/** 批量导入任务: an XLSX enrolment import the server runs as a job; the console polls it until it is finished. */
export type ImportJob = Schemas['MutualAidImportJob']
export type RowError = Schemas['RowError']

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Whether the job has ended (done or failed): polling stops. */
export function isFinished(job: Pick<ImportJob, 'state'> | null | undefined): boolean {
  return job?.state === 'DONE' || job?.state === 'FAILED'
}

/** Rows done as a whole percentage (0 to 100); a job of no rows that is done is 100. */
export function progressPercent(job: Pick<ImportJob, 'rowsDone' | 'rowsTotal' | 'state'>): number {
  const total = job.rowsTotal ?? 0
  if (total <= 0) {
    return job.state === 'DONE' ? 100 : 0
  }
  return Math.min(100, Math.floor(((job.rowsDone ?? 0) * 100) / total))
}

/**
 * Polls {@code fetch} every {@code everyMs} until the job is finished, handing each state to {@code onUpdate};
 * {@code stopped} ends it early (the page was left). Answers the last state read.
 */
export async function pollJob(fetch: () => Promise<ImportJob>, onUpdate: (job: ImportJob) => void, everyMs = 1000,
  stopped: () => boolean = () => false, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<ImportJob | null> {
  let last: ImportJob | null = null
  while (!stopped()) {
    last = await fetch()
    onUpdate(last)
    if (isFinished(last)) {
      return last
    }
    await sleep(everyMs)
  }
  return last
}
