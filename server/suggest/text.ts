// From a note's text to words: Unicode-aware tokenising, stop words and stemming.
// Snowball stemmers from @orama/stemmers (the Dutch and English Snowball algorithms,
// maintained, no dependencies, ESM with types).
import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import type { Language } from '../../shared/i18n/language.js';
import { STOP_WORDS } from './stopwords.js';

export interface Word {
  /** Lower-cased surface form, as written (accents kept: "één" is not "een"). */
  surface: string;
  stem: string;
  stop: boolean;
}

/** Letters and digits, with inner apostrophes and hyphens ("zo'n", "wmo-consulent"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const ONE = new Set(['één', 'eén']);

/** Accents only mark stress in Dutch notes ("míj", "wíj"); "één" stays, it means "one". */
export function foldAccents(word: string): string {
  if (ONE.has(word)) return 'één';
  return word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

// a workshop's notes use a few hundred distinct words many times over; the stemmer is
// the costliest step, so each word is stemmed once (bounded, so memory cannot grow)
const stemCache: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
const STEM_CACHE_MAX = 50_000;

export function stem(word: string, language: Language): string {
  const cache = stemCache[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const folded = foldAccents(word);
  const result =
    folded.length <= 2 || /\d/.test(folded) || folded === 'één' ? folded : language === 'nl' ? stemDutch(folded) : stemEnglish(folded.replace(/[’']s$/, ''));
  if (cache.size >= STEM_CACHE_MAX) cache.clear();
  cache.set(word, result);
  return result;
}

export function isStopWord(word: string, language: Language): boolean {
  return STOP_WORDS[language].has(foldAccents(word)) || word.length < 2;
}

export function words(text: string, language: Language): Word[] {
  return tokenize(text).map((surface) => ({ surface, stem: stem(surface, language), stop: isStopWord(surface, language) }));
}
