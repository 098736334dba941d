import type { QueueItem, QueueKind } from '../stores/queue'

/** The queue narrowed to one kind and to a text found in the subject or district. */
export function filterQueue(items: QueueItem[], kind: QueueKind | '', text: string): QueueItem[] {
  const needle = text.trim().toLowerCase()
  return items.filter((i) => (!kind || i.kind === kind)
    && (!needle || i.subject.toLowerCase().includes(needle) || i.district.toLowerCase().includes(needle)))
}
