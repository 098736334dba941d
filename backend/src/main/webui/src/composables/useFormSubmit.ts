/**
 * The submit plumbing the desk's creation forms share (issue 13): nothing is sent while the
 * client-side rules name a missing field (shown at the field once the staff member has tried), the
 * server's problem+json `errors[]` land at the fields they name, the refusal itself in a
 * ProblemAlert, and a sent form says so with a toast.
 */
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '../api/client'
import { formFieldErrors } from '../identity/checks'

/** What a field still lacks: an i18n key, or a key with its parameters. */
export type FieldProblem = string | { key: string; params?: Record<string, string | number> }
export type FieldProblems = Record<string, FieldProblem>
type Translate = (key: string, params?: Record<string, string | number>) => string

export function useFormSubmit(t: Translate) {
  const tried = ref(false)
  /** The server's messages per field (the field paths of its `errors[]`). */
  const server = ref<Record<string, string>>({})
  /** The last refusal, for a ProblemAlert. */
  const error = ref<unknown>(null)

  /** A fresh form: no messages until the next try. */
  function reset() {
    tried.value = false
    server.value = {}
    error.value = null
  }

  /** The message for a form item's `error`: the client rule once tried, else the server's. */
  function fieldError(problems: FieldProblems, field: string): string {
    const p = tried.value ? problems[field] : undefined
    if (p) return typeof p === 'string' ? t(p) : t(p.key, p.params ?? {})
    return server.value[field] ?? ''
  }

  /**
   * Sends the form unless `problems` names a field; on success toasts `done` and runs `then`
   * (close the dialog, reload). Whether it was sent.
   */
  async function submit(problems: FieldProblems, call: () => Promise<unknown>, done: string, then?: () => unknown): Promise<boolean> {
    tried.value = true
    server.value = {}
    if (Object.keys(problems).length) return false
    try {
      await call()
    } catch (e) {
      error.value = e
      if (e instanceof ApiError) server.value = formFieldErrors(e.problem.errors)
      return false
    }
    error.value = null
    ElMessage.success(t(done))
    await then?.()
    return true
  }

  return { tried, server, error, reset, fieldError, submit }
}
