import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore } from './stores/auth'
import AppLayout from './layout/AppLayout.vue'
import { programmeRoutes } from './programmes/routes'
import { deskRoutes } from './desk/routes'

const routes: RouteRecordRaw[] = [
  { path: '/callback', name: 'callback', component: () => import('./views/CallbackView.vue'), meta: { public: true } },
  { path: '/signed-out', name: 'signed-out', component: () => import('./views/SignedOutView.vue'), meta: { public: true } },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', redirect: '/queue' },
      { path: 'queue', name: 'queue', component: () => import('./views/QueueView.vue'), meta: { title: 'menu.queue' } },
      { path: 'households', name: 'households', component: () => import('./views/HouseholdsView.vue'), meta: { title: 'menu.households' } },
      { path: 'households/:id', name: 'household', component: () => import('./views/HouseholdFileView.vue'), props: true, meta: { title: 'menu.households' } },
      { path: 'wishes', name: 'wishes', component: () => import('./views/WishesView.vue'), meta: { title: 'menu.wishes' } },
      { path: 'wishes/:id', name: 'wish', component: () => import('./views/WishVetView.vue'), props: true, meta: { title: 'menu.wishes' } },
      { path: 'disbursements', name: 'disbursements', component: () => import('./views/DisbursementsView.vue'), meta: { title: 'menu.disbursements' } },
      { path: 'jobs', name: 'jobs', component: () => import('./views/JobsView.vue'), meta: { title: 'menu.jobs' } },
      { path: 'jobs/:id', name: 'job', component: () => import('./views/JobListingView.vue'), props: true, meta: { title: 'menu.jobs' } },
      { path: 'stats', redirect: '/stats/households' },
      { path: 'stats/:family', name: 'stats', component: () => import('./views/StatsView.vue'), props: true, meta: { title: 'menu.stats' } },
      { path: 'admin', redirect: '/admin/units' },
      { path: 'admin/:page', name: 'admin', component: () => import('./views/AdminView.vue'), props: true, meta: { title: 'menu.admin', admin: true } },
      // identification: duplicates, re-checks, spot checks, and the file-on-behalf form (issue 13, consoleid)
      { path: 'households/new', name: 'household-new', component: () => import('./views/HouseholdNewView.vue'), meta: { title: 'checks.onBehalf.title' } },
      { path: 'checks', redirect: '/checks/duplicates' },
      { path: 'checks/:page(duplicates|rechecks|spot-checks)', name: 'checks', component: () => import('./views/ChecksView.vue'), props: true, meta: { title: 'checks.menu' } },
      // end of identification routes
      // programme pages (帮扶跟进、工会帮扶资金、技能培训、劳模): src/programmes/routes.ts
      ...programmeRoutes,
      // appeals, accountability, job fairs, honour board (issue 13, console4): src/desk/routes.ts
      ...deskRoutes,
      { path: ':rest(.*)*', redirect: '/queue' },
    ],
  },
]

export const router = createRouter({ history: createWebHistory('/console/'), routes })

// Every page but the sign-in callback needs a signed-in staff member: otherwise off to Keycloak.
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const auth = useAuthStore()
  await auth.init()
  if (!auth.signedIn) {
    await auth.signIn(to.fullPath)
    return false
  }
  if (!auth.me) await auth.loadMe().catch(() => undefined)
  return true
})
