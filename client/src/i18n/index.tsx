// UI language: the workshop's language by default, with a NL/EN switch per viewer
// (kept in localStorage). `lang` on <html> follows it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UI, type UiKey } from '../../../shared/i18n/ui';
import type { Language } from '../../../shared/i18n/language';

// re-exported so the display names live in the entry chunk, not beside yjs
export { STEP_NAMES, GROUP_NAMES, GROUP_NAMES_PLURAL, GROUP_NAMES_SHORT, ASPECT_NAMES, LEVEL_NAMES } from '../../../shared/i18n/names';

const STORAGE = 'kw-lang';

interface LangContext {
  lang: Language;
  setLang(lang: Language): void;
  setDefault(lang: Language): void;
}

const Ctx = createContext<LangContext>({ lang: 'nl', setLang: () => {}, setDefault: () => {} });

function storedLang(): Language | null {
  try {
    const v = localStorage.getItem(STORAGE);
    return v === 'nl' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [override, setOverride] = useState<Language | null>(storedLang);
  const [base, setDefault] = useState<Language>('nl');
  const lang = override ?? base;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Language) => {
    setOverride(l);
    try {
      localStorage.setItem(STORAGE, l);
    } catch {
      /* ignore */
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang, setDefault }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function useLang(): LangContext {
  return useContext(Ctx);
}

/** The view's default language (the workshop's), unless the viewer chose one. */
export function useDefaultLanguage(lang: Language | undefined): void {
  const { setDefault } = useContext(Ctx);
  useEffect(() => {
    if (lang) setDefault(lang);
  }, [lang, setDefault]);
}

export function useT(): Translate {
  const { lang } = useContext(Ctx);
  return useCallback(
    (key: UiKey, vars?: Record<string, string | number>) => {
      let s: string = UI[key][lang];
      // "one|other" plural forms, chosen by the count {n}.
      if (s.includes('|') && typeof vars?.n === 'number') s = s.split('|')[vars.n === 1 ? 0 : 1] ?? s;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    [lang],
  );
}
