// 网页捐赠 Giving from a wish page: sign in or register through Keycloak (public PKCE client, no
// secret in the page), pledge with the same idempotent /api/v1 calls the app makes, pay in the
// sandbox, list one's donations and download receipts. Loaded deferred: the page is painted and
// readable before this runs, and without it the form falls back to a GET this script picks up.
(() => {
  'use strict'
  const root = document.getElementById('give')
  if (!root || !window.crypto?.subtle) return
  const { wish, issuer, client } = root.dataset
  const zh = document.documentElement.lang !== 'en'
  const T = zh ? {
    pledged: (a, until) => `已认捐 ${a}，请在 ${until} 前完成支付。`, paying: '正在确认支付…',
    paid: (a) => `支付成功：${a}。感谢您的爱心！`, slow: '支付结果尚未到达，请稍后在“我的捐赠”中查看。',
    notPaid: '这笔认捐未能完成支付。', badAmount: '请输入大于 0 的金额，最多两位小数。',
    giveNow: '捐赠', signInFailed: '登录未完成，请重试。', failed: '出了点问题，请稍后重试。', receipt: '下载收据（PDF）',
    none: '您还没有捐赠记录。', status: { HELD: '待支付', PAID: '已支付', RELEASED: '已取消（未按时支付）',
      CREDITED: '已转为捐赠余额', REFUNDED: '已退款', MOVED_TO_FUND: '已转入公共基金' },
  } : {
    pledged: (a, until) => `Pledged ${a}; please pay before ${until}.`, paying: 'Confirming the payment…',
    paid: (a) => `Paid: ${a}. Thank you!`, slow: 'The payment has not been confirmed yet; check "My donations" later.',
    notPaid: 'This pledge could not be paid.', badAmount: 'Enter an amount above 0, with at most two decimals.',
    giveNow: 'Give', signInFailed: 'Sign-in did not complete; please try again.', failed: 'Something went wrong; please try again later.',
    receipt: 'Download receipt (PDF)', none: 'No donations yet.', status: { HELD: 'Awaiting payment', PAID: 'Paid',
      RELEASED: 'Cancelled (not paid in time)', CREDITED: 'Kept as donor credit', REFUNDED: 'Refunded', MOVED_TO_FUND: 'Moved to the general fund' },
  }
  const $ = (id) => document.getElementById(id)
  const store = sessionStorage
  const here = location.origin + location.pathname
  const money = (fen) => `¥${(fen / 100).toLocaleString(zh ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
  const read = (key) => { try { return JSON.parse(store.getItem(key)) } catch { return null } }
  const say = (text, error = false) => { $('give-status').textContent = text; $('give-status').className = error ? 'error' : '' }
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  const random = (n) => b64url(crypto.getRandomValues(new Uint8Array(n)))
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms))
  class SignInAgain extends Error { }

  /** The access token while it is still good (Keycloak's are short: 5 minutes), else null. */
  function token() {
    const t = read('wy.token')
    return t && t.until > Date.now() ? t.access : null
  }

  async function signIn(pending) {
    const verifier = random(48)
    const state = random(16)
    store.setItem('wy.pkce', JSON.stringify({ verifier, state }))
    if (pending) store.setItem('wy.pending', JSON.stringify(pending))
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)))
    const q = new URLSearchParams({ client_id: client, response_type: 'code', scope: 'openid', redirect_uri: here, state,
      code_challenge: challenge, code_challenge_method: 'S256', ui_locales: zh ? 'zh-CN' : 'en' })
    location.assign(`${issuer}/protocol/openid-connect/auth?${q}`)
  }

  /** Back from Keycloak with ?code=: exchange it (with the PKCE verifier) and tidy the address bar. */
  async function finishSignIn() {
    const q = new URLSearchParams(location.search)
    if (!q.has('code') && !q.has('error')) return
    const saved = read('wy.pkce')
    store.removeItem('wy.pkce')
    history.replaceState(null, '', here)
    if (!q.has('code') || !saved || saved.state !== q.get('state')) return say(T.signInFailed, true)
    const r = await fetch(`${issuer}/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams({
      grant_type: 'authorization_code', code: q.get('code'), redirect_uri: here, client_id: client, code_verifier: saved.verifier }) })
    if (!r.ok) return say(T.signInFailed, true)
    const t = await r.json()
    store.setItem('wy.token', JSON.stringify({ access: t.access_token, id: t.id_token, until: Date.now() + (t.expires_in - 30) * 1000 }))
  }

  /** An /api/v1 call as the signed-in donor; a problem+json answer becomes an error with its words. */
  async function api(path, init = {}) {
    const access = token()
    if (!access) throw new SignInAgain()
    const r = await fetch(path, { ...init, headers: { Accept: 'application/json', 'Accept-Language': zh ? 'zh-CN' : 'en',
      Authorization: `Bearer ${access}`, ...init.headers } })
    if (r.status === 401) {
      store.removeItem('wy.token')
      throw new SignInAgain()
    }
    if (!r.ok) {
      const p = await r.json().catch(() => ({}))
      const fields = (p.errors || []).map((e) => e.message).join(' ')
      throw new Error([p.detail || p.title || T.failed, fields].filter(Boolean).join(' '))
    }
    return r
  }

  /** Yuan as typed ("66", "12.5") to fen, by string: no floating point near money. */
  function fen(yuan) {
    const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(String(yuan).trim())
    if (!m) return null
    const f = Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'))
    return f > 0 ? f : null
  }

  function fromForm(data) {
    const other = (data.get('other') || '').trim()
    const amountFen = other ? fen(other) : Number(data.get('fen'))
    if (!amountFen || !Number.isSafeInteger(amountFen) || amountFen <= 0) return null
    const onExpiry = data.get('onExpiry') === 'MOVE_TO_GENERAL_FUND' ? 'MOVE_TO_GENERAL_FUND' : 'REFUND'
    // the key is made once per intent: a reload or a retry sends the same one, and the API answers the same pledge
    return { wish, amountFen, onExpiry, key: crypto.randomUUID() }
  }

  async function pledge(pending) {
    store.setItem('wy.pending', JSON.stringify(pending))
    let r
    try {
      r = await api(`/api/v1/wishes/${wish}/pledges`, { method: 'POST', headers: { 'Content-Type': 'application/json',
        'Idempotency-Key': pending.key }, body: JSON.stringify({ amountFen: pending.amountFen, onExpiry: pending.onExpiry }) })
    } catch (e) {
      // kept only to survive the trip to Keycloak; a refused pledge is not retried on the next visit
      if (!(e instanceof SignInAgain)) store.removeItem('wy.pending')
      throw e
    }
    store.removeItem('wy.pending')
    const p = await r.json()
    const until = new Date(p.holdExpiresAt).toLocaleTimeString(zh ? 'zh-CN' : 'en', { hour: '2-digit', minute: '2-digit' })
    say(T.pledged(money(p.amountFen), until))
    $('give-pay').hidden = false
    $('give-pay-button').onclick = () => run(() => pay(p))
    await progress()
  }

  async function pay(p) {
    $('give-pay').hidden = true
    await api(`/api/v1/sandbox/checkout/${encodeURIComponent(p.payment.reference)}`, { method: 'POST' })
    say(T.paying)
    // the gateway confirms asynchronously (its signed notification); ask a bounded number of times
    for (let i = 0; i < 30; i++) {
      await sleep(500)
      const now = await (await api(`/api/v1/pledges/${p.id}`)).json()
      if (now.status === 'PAID') {
        say(T.paid(money(now.amountFen)))
        await progress()
        return mine()
      }
      if (now.status !== 'HELD') return say(T.notPaid, true)
    }
    say(T.slow)
  }

  /** The progress bar from the public feed (what the page showed when it was rendered has moved). */
  async function progress() {
    const r = await fetch(`/api/v1/feed/wishes/${wish}`, { headers: { Accept: 'application/json' } })
    if (!r.ok) return
    const w = await r.json()
    const pct = Math.min(100, Math.max(0, w.progressPercent))
    $('progress').setAttribute('aria-valuenow', String(pct))
    $('progress').firstElementChild.style.width = `${pct}%`
    $('percent').textContent = `${pct}%`
    $('raised').textContent = money(w.pledgedFen)
    await trail()
  }

  /** The money trail (善款去向) below: a gift just paid moves 爱心捐款, a pledge just made moves 待支付. */
  async function trail() {
    const r = await fetch(`/api/v1/feed/wishes/${wish}/report`, { headers: { Accept: 'application/json' } })
    if (!r.ok) return
    const t = await r.json()
    for (const [id, fen] of [['donated', t.donatedFen], ['matched', t.matchedFen], ['held', t.heldFen],
      ['disbursed', t.disbursedFen], ['returned', t.returnedFen]]) {
      if ($(`trail-${id}`) && Number.isSafeInteger(fen)) $(`trail-${id}`).textContent = money(fen)
    }
  }

  async function mine() {
    const list = await (await api('/api/v1/pledges/mine')).json()
    const ul = $('give-mine-list')
    ul.replaceChildren()
    if (list.length === 0) ul.append(Object.assign(document.createElement('li'), { textContent: T.none }))
    for (const p of list) {
      const li = document.createElement('li')
      for (const text of [p.wishTitle || '', money(p.amountFen), T.status[p.status] || p.status]) {
        li.append(Object.assign(document.createElement('span'), { textContent: text }))
      }
      if (p.status === 'PAID') {
        const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: T.receipt })
        b.onclick = () => run(() => receipt(p.id))
        li.append(b)
      }
      ul.append(li)
    }
    $('give-mine').hidden = false
  }

  async function receipt(id) {
    const blob = await (await api(`/api/v1/pledges/${id}/receipt`, { headers: { Accept: 'application/pdf' } })).blob()
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `weiyuan-receipt-${id}.pdf` })
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(a.href), 10000)
  }

  function signOut() {
    const t = read('wy.token')
    store.removeItem('wy.token')
    const q = new URLSearchParams({ client_id: client, post_logout_redirect_uri: here })
    if (t?.id) q.set('id_token_hint', t.id)
    location.assign(`${issuer}/protocol/openid-connect/logout?${q}`)
  }

  /** Runs a step; an expired sign-in sends the donor to Keycloak and back (what they were doing is kept). */
  async function run(step, pending) {
    try {
      await step()
    } catch (e) {
      if (e instanceof SignInAgain) return signIn(pending ?? read('wy.pending'))
      say(e.message || T.failed, true)
    } finally {
      signedIn()
    }
  }

  function signedIn() {
    $('give-actions').hidden = false
    $('give-signout').hidden = !token()
    // signed in already: the button no longer says "sign in and give"
    const submit = form?.querySelector('button[type="submit"]')
    if (submit && token()) submit.textContent = T.giveNow
  }

  const form = $('give-form')
  if (form) {
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      const pending = fromForm(new FormData(form))
      if (!pending) return say(T.badAmount, true)
      run(() => pledge(pending), pending)
    })
  }
  $('give-mine-button').onclick = () => run(mine)
  $('give-signout').onclick = signOut

  run(async () => {
    await finishSignIn()
    const q = new URLSearchParams(location.search)
    if (q.get('give') === '1' && form) {
      // the form was sent before this script had loaded (a plain GET): carry on from its values
      history.replaceState(null, '', here)
      const pending = fromForm(q)
      if (!pending) return say(T.badAmount, true)
      return token() ? pledge(pending) : signIn(pending)
    }
    const pending = read('wy.pending')
    if (pending && pending.wish === wish && token()) await pledge(pending)
    else if (token()) await mine()
  })
})()
