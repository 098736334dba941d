import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export type Lang = 'zh-CN' | 'en'
export const LANG_KEY = 'weiyuan.console.lang'

/** zh-CN unless the staff member chose English before (remembered in this browser). */
export function initialLang(storage: Pick<Storage, 'getItem'> = localStorage): Lang {
  return storage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLang(lang: Lang, storage: Pick<Storage, 'setItem'> = localStorage): void {
  i18n.global.locale.value = lang
  storage.setItem(LANG_KEY, lang)
  document.documentElement.lang = lang
}
