import { createApp, h } from 'vue'
createApp({ render: () => h('p', '微愿工作台') }).mount('#app')
