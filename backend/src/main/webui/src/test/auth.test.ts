import { describe, expect, it } from 'vitest'
import { loadWebConfig, realmRoles } from '../auth/session'
import { personName } from '../stores/auth'

function token(claims: object): string {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  return `${b64('{"alg":"none"}')}.${b64(JSON.stringify(claims))}.sig`
}

describe('sign-in', () => {
  it('reads the realm roles from the access token', () => {
    expect(realmRoles(token({ realm_access: { roles: ['staff', 'offline_access'] }, name: '刘洋' }))).toEqual(['staff', 'offline_access'])
    expect(realmRoles(token({}))).toEqual([])
  })
  it('writes Chinese names family name first', () => {
    expect(personName({ given_name: '洋', family_name: '刘', name: '洋 刘' })).toBe('刘洋')
    expect(personName({ given_name: 'Lin', family_name: 'Ma' })).toBe('Lin Ma')
    expect(personName({ name: 'weiyuan-admin' })).toBe('weiyuan-admin')
  })
  it('learns Keycloak from the backend at run time', async () => {
    const seen: string[] = []
    const fake = (async (url: string) => {
      seen.push(url)
      return new Response(JSON.stringify({ oidcIssuer: 'http://localhost:41234/realms/weiyuan', consoleClientId: 'weiyuan-console' }), { status: 200 })
    }) as unknown as typeof fetch
    const config = await loadWebConfig(fake)
    expect(seen).toEqual(['/api/v1/config/web'])
    expect(config.oidcIssuer).toBe('http://localhost:41234/realms/weiyuan')
  })
  it('says so when the backend does not answer', async () => {
    const down = (async () => new Response('', { status: 503 })) as unknown as typeof fetch
    await expect(loadWebConfig(down)).rejects.toThrow('503')
  })
})
