/**
 * Where a staff member is in the union tree on a dashboard: the breadcrumb from the unit the API
 * reported first (their own, or the root for an admin) down to the one shown now.
 */
import { computed, ref } from 'vue'
import type { UnitRef } from './charts'

export function useDrill() {
  const path = ref<UnitRef[]>([])
  /** the unit to ask for: undefined at the top, so the server picks the caller's own unit */
  const unitId = computed(() => (path.value.length > 1 ? path.value[path.value.length - 1].id : undefined))

  /** The server's answer names the unit it reported on: the first one becomes the root. */
  function reported(unit: UnitRef | undefined) {
    if (!unit?.id) return
    if (path.value.length === 0) path.value = [unit]
    else if (path.value[path.value.length - 1].id === unit.id) path.value[path.value.length - 1] = unit
  }
  /** One level down: a child unit of the one shown. */
  function enter(unit: UnitRef) {
    if (!unit.id || path.value.some((u) => u.id === unit.id)) return
    path.value = [...path.value, unit]
  }
  /** Back up the breadcrumb to the unit at `index`. */
  function upTo(index: number) {
    if (index >= 0 && index < path.value.length) path.value = path.value.slice(0, index + 1)
  }
  return { path, unitId, reported, enter, upTo }
}
