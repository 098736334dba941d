import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import RecheckForm from '../identity/RecheckForm.vue'
import { i18n, setLang } from '../i18n'

describe('RecheckForm', () => {
  it('says what is missing, sends nothing until complete, then sends the re-check', async () => {
    setLang('zh-CN', { setItem: () => undefined })
    const wrapper = mount(RecheckForm, { props: { category: 'DIBAO', severity: 'HARDSHIP' }, global: { plugins: [i18n, ElementPlus] } })
    expect(wrapper.find('[data-testid="recheck-missing"]').text()).toBe('请选择复核结论')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('send')).toBeUndefined()
    await wrapper.find('input[type="radio"][value="CONFIRMED"]').setValue(true)
    await wrapper.find('textarea').setValue('情况属实')
    expect(wrapper.find('[data-testid="recheck-missing"]').text()).toContain('签字承诺')
    await wrapper.find('input[type="checkbox"]').setValue(true)
    expect(wrapper.find('[data-testid="recheck-missing"]').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    const sent = wrapper.emitted('send')?.[0]?.[0] as Record<string, unknown>
    expect(sent).toMatchObject({ result: 'CONFIRMED', finding: '情况属实', commitmentSigned: true, category: undefined })
    expect(sent.visitedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  }, 30000) // mounting Element Plus in happy-dom is slow on a loaded machine
  it('warns that "no longer eligible" exits the file and freezes its wishes', async () => {
    const wrapper = mount(RecheckForm, { global: { plugins: [i18n, ElementPlus] } })
    await wrapper.find('input[type="radio"][value="INELIGIBLE"]').setValue(true)
    expect(wrapper.find('[data-testid="recheck-ineligible-note"]').text()).toContain('冻结')
  }, 30000)
})
