/** Integer fen shown as yuan with two decimals (money is never a float in the API). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—'
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`
}

/** Yuan typed by staff ("12.5") to integer fen; null when it is not an amount. */
export function toFen(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

export interface Age {
  unit: 'days' | 'hours' | 'minutes'
  n: number
}

/** How long something has waited, in the largest whole unit; `now` is passed in (tests fix it). */
export function ageOf(since: string | null | undefined, now: number): Age | null {
  if (!since) return null
  const ms = Math.max(0, now - Date.parse(since))
  const minutes = Math.floor(ms / 60000)
  if (minutes < 60) return { unit: 'minutes', n: minutes }
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return { unit: 'hours', n: hours }
  return { unit: 'days', n: Math.floor(hours / 24) }
}

/** A date-time in China time, as staff read it. */
export function chinaTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso))
}
