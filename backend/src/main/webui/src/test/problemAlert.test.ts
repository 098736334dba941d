import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import ProblemAlert from '../components/ProblemAlert.vue'
import { ApiError } from '../api/client'
import { i18n, setLang } from '../i18n'

describe('ProblemAlert', () => {
  it("shows the server's reason and every field it names, in the chosen language", async () => {
    setLang('en', { setItem: () => undefined })
    const error = new ApiError(422, { detail: 'The request has invalid fields', errors: [{ field: 'findings.housing', message: 'must not be blank' }] })
    const wrapper = mount(ProblemAlert, { props: { error }, global: { plugins: [i18n, ElementPlus] } })
    expect(wrapper.text()).toContain('The action failed')
    expect(wrapper.text()).toContain('The request has invalid fields')
    expect(wrapper.text()).toContain('findings.housing: must not be blank')
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    setLang('zh-CN', { setItem: () => undefined })
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('操作失败')
  })
})
