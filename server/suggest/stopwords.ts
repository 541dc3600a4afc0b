// Function words that say nothing about a note's theme, per language. Kept short and
// hand-made rather than taken from a generic list: words such as "samen", "altijd" or
// "zelf" are stop words in general text but carry meaning in these notes, and the
// concept lists rely on some of them inside phrases (phrases match before stop words
// are dropped).
import type { Language } from '../../shared/i18n/language.js';

const NL = `aan al alle alleen als alles ben bij binnen daar dan dat de deze die dit doe doen door
du dus echt een eens en er even ge geen had heb hebben heeft hem het hier hij hoe hun ik
in is ja je jij jou jouw kan kon kunnen maar me meer mee men met mij mijn moet na naar
niet niets nog nu of om omdat ons onze ook op over te tot toe u uit uw van veel voor
waar wanneer want was wat we wel werd wie wij word worden wordt zal ze zei zelfs zich
zij zijn zo zoals zou zodat zonder ze 's t m wil wilde heel gewoon elke elk iedere ieder
iets iemand zeer tussen tegen onder boven weer nou toch dezelfde hetzelfde welke waar
erbij erom ermee eraan daarbij daarna waren zouden hadden kunt komt kwam gaat ging gaan
doet deed laat liet maakt maakte`;

const EN = `a about after again all also am an and any are as at be because been before being
but by can could did do does doing done each even every for from get gets got had has
have having he her here him his how i if in into is it its just me more most my no not
now of on once only or other our out over own same she should so some such than that
the their them then there these they this those through to too up very was we were
what when where which while who whom why will with would you your yours us let lets
ever still really each`;

const toSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Record<Language, ReadonlySet<string>> = { nl: toSet(NL), en: toSet(EN) };
