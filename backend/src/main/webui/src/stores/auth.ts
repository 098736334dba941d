import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { UserManager, User } from 'oidc-client-ts'
import { api, ok, useTokenSource, type Schemas } from '../api/client'
import { createUserManager, loadWebConfig, realmRoles } from '../auth/session'

/** A person's name as written: family name first for Chinese names (刘洋), "Given Family" otherwise. */
export function personName(p: { name?: string; given_name?: string; family_name?: string }): string {
  const given = p.given_name ?? ''
  const family = p.family_name ?? ''
  if (given && family) return /[\u3400-\u9fff]/.test(family + given) ? `${family}${given}` : `${given} ${family}`
  return p.name ?? ''
}

/** The signed-in staff member: Keycloak session, roles and unit (from GET /api/v1/me). */
export const useAuthStore = defineStore('auth', () => {
  const manager = shallowRef<UserManager | null>(null)
  const user = shallowRef<User | null>(null)
  const me = ref<Schemas['MeView'] | null>(null)

  const roles = computed(() => (user.value ? realmRoles(user.value.access_token) : []))
  const isStaff = computed(() => roles.value.includes('staff') || roles.value.includes('admin'))
  const isAdmin = computed(() => roles.value.includes('admin'))
  const signedIn = computed(() => user.value !== null && !user.value.expired)
  const displayName = computed(() => personName(user.value?.profile ?? {}) || me.value?.username || '')

  async function init(): Promise<UserManager> {
    if (manager.value) return manager.value
    const m = createUserManager(await loadWebConfig())
    m.events.addUserLoaded((u) => { user.value = u })
    m.events.addUserUnloaded(() => { user.value = null })
    m.events.addSilentRenewError(() => { user.value = null })
    manager.value = m
    user.value = await m.getUser()
    useTokenSource(async () => user.value?.access_token ?? null)
    return m
  }

  async function signIn(returnTo: string): Promise<void> {
    const m = await init()
    await m.signinRedirect({ state: returnTo })
  }

  /** Finishes the code flow on /console/callback; answers where the staff member was going. */
  async function completeSignIn(): Promise<string> {
    const m = await init()
    const u = await m.signinRedirectCallback()
    user.value = u
    return typeof u.state === 'string' ? u.state : '/queue'
  }

  async function loadMe(): Promise<void> {
    me.value = await ok(api.GET('/api/v1/me'))
  }

  /** Ends the Keycloak session too, not only this tab's tokens. */
  async function signOut(): Promise<void> {
    const m = await init()
    const hint = user.value?.id_token
    await m.removeUser()
    await m.signoutRedirect({ id_token_hint: hint })
  }

  return { user, me, roles, isStaff, isAdmin, signedIn, displayName, init, signIn, completeSignIn, loadMe, signOut }
})
