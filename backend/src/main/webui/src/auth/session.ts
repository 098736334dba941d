import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'

/** What the backend tells the console before sign-in (GET /api/v1/config/web). */
export interface WebConfig {
  oidcIssuer: string
  consoleClientId: string
}

export async function loadWebConfig(fetcher: typeof fetch = fetch): Promise<WebConfig> {
  const response = await fetcher('/api/v1/config/web', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/v1/config/web: HTTP ${response.status}`)
  return (await response.json()) as WebConfig
}

export const BASE = '/console/'

/**
 * The Keycloak PKCE public client "weiyuan-console". Tokens stay in this tab's sessionStorage;
 * they are renewed with the refresh token before they expire (automaticSilentRenew), and
 * signing out goes through Keycloak's end-session endpoint so the Keycloak session ends too.
 */
export function createUserManager(config: WebConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidcIssuer,
    client_id: config.consoleClientId,
    redirect_uri: `${origin}${BASE}callback`,
    post_logout_redirect_uri: `${origin}${BASE}signed-out`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    loadUserInfo: false,
  })
}

/** Realm roles from the access token (Keycloak puts them in realm_access.roles). */
export function realmRoles(accessToken: string): string[] {
  const part = accessToken.split('.')[1]
  if (!part) return []
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='))
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as {
    realm_access?: { roles?: string[] }
  }
  return claims.realm_access?.roles ?? []
}

export type { User }
