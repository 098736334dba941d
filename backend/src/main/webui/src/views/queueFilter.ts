import type { QueueItem, QueueKind } from '../stores/queue'

/** The queue narrowed to one kind and to a text found in the subject, district or fund names. */
export function filterQueue(items: QueueItem[], kind: QueueKind | '', text: string): QueueItem[] {
  const needle = text.trim().toLowerCase()
  return items.filter((i) => (!kind || i.kind === kind)
    && (!needle || [i.subject, i.district, i.fundName, i.toFundName].some((x) => !!x && x.toLowerCase().includes(needle))))
}
