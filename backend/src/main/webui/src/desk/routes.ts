import type { RouteRecordRaw } from 'vue-router'

/** The console pages added in session 7 (申诉复议、责任追究、招聘会、劳模光荣榜与接待日): children of the console layout (issue 13, console4). */
export const deskRoutes: RouteRecordRaw[] = [
  { path: 'appeals', name: 'appeals', component: () => import('./AppealsView.vue'), meta: { title: 'desk.menu.appeals' } },
  { path: 'accountability', name: 'accountability', component: () => import('./AccountabilityView.vue'), meta: { title: 'desk.menu.accountability' } },
  { path: 'job-fairs', name: 'job-fairs', component: () => import('./JobFairsView.vue'), meta: { title: 'desk.menu.fairs' } },
  { path: 'honour-board', name: 'honour-board', component: () => import('./HonourBoardView.vue'), meta: { title: 'desk.menu.board' } },
  // 志愿者名册 (issue 13/14, desk6)
  { path: 'volunteers', name: 'volunteers', component: () => import('./VolunteersView.vue'), meta: { title: 'desk.menu.volunteers' } },
]

/** Their side-menu entries; the active entry is the path's first segment. */
export const deskMenu = [
  { key: 'appeals', label: 'desk.menu.appeals', to: '/appeals' },
  { key: 'accountability', label: 'desk.menu.accountability', to: '/accountability' },
  { key: 'volunteers', label: 'desk.menu.volunteers', to: '/volunteers' },
]
