import type { RouteRecordRaw } from 'vue-router'

/** The programme pages (帮扶跟进、工会帮扶资金、技能培训、劳模、医疗互助、服务菜单): children of the console layout. */
export const programmeRoutes: RouteRecordRaw[] = [
  { path: 'followup', name: 'followup', component: () => import('./FollowupView.vue'), meta: { title: 'prog.menu.followup' } },
  { path: 'followup/:householdId', name: 'followup-plan', component: () => import('./HelpPlanView.vue'), props: true, meta: { title: 'prog.plan.title' } },
  { path: 'union-aid', name: 'union-aid', component: () => import('./UnionAidView.vue'), meta: { title: 'prog.menu.unionAid' } },
  { path: 'union-aid/lists/:listId', name: 'aid-list', component: () => import('./AidListView.vue'), props: true, meta: { title: 'prog.menu.unionAid' } },
  { path: 'training', name: 'training', component: () => import('./TrainingView.vue'), meta: { title: 'prog.menu.training' } },
  { path: 'model-workers', name: 'model-workers', component: () => import('./ModelWorkersView.vue'), meta: { title: 'prog.menu.modelWorkers' } },
  { path: 'model-workers/:id', name: 'model-worker', component: () => import('./ModelWorkerView.vue'), props: true, meta: { title: 'prog.menu.modelWorkers' } },
  { path: 'mutual-aid', name: 'mutual-aid', component: () => import('./MutualAidView.vue'), meta: { title: 'prog.menu.mutualAid' } },
  { path: 'mutual-aid/claims/:id', name: 'mutual-aid-claim', component: () => import('./ClaimView.vue'), props: true, meta: { title: 'prog.menu.mutualAid' } },
  { path: 'services', name: 'services', component: () => import('./ServicesView.vue'), meta: { title: 'prog.menu.services' } },
]

/** Their side-menu entries (label keys under prog.menu); the active entry is the path's first segment. */
export const programmeMenu = [
  { key: 'followup', label: 'prog.menu.followup', to: '/followup' },
  { key: 'union-aid', label: 'prog.menu.unionAid', to: '/union-aid' },
  { key: 'training', label: 'prog.menu.training', to: '/training' },
  { key: 'model-workers', label: 'prog.menu.modelWorkers', to: '/model-workers' },
  { key: 'mutual-aid', label: 'prog.menu.mutualAid', to: '/mutual-aid' },
  { key: 'services', label: 'prog.menu.services', to: '/services' },
]
