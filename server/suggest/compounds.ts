// Dutch writes compounds as one word ("mantelzorgcafé", "keukentafelgesprek"). Splitting
// them into known parts lets "mantelzorgcafé" meet "café" and "lotgenotencontact" meet
// "lotgenoten". Parts must be known words (from the workshop's own notes, the concept
// list, or the common parts below), so an unknown word is never cut into nonsense.

/** Frequent parts of care compounds, folded (no accents). */
export const COMMON_PARTS_NL: readonly string[] = `zorg mantel mantelzorg thuis thuiszorg wijk buurt huis dag nacht week weekend
gesprek tafel keuken groep cafe contact punt loket plan kaart team dienst opvang logeer respijt vrijwilliger
netwerk overleg overdracht schrift dossier boek nummer telefoon steun hulp middel budget verlof werk gever
koffie ochtend avond middag bijeenkomst bezoek consulent coach kracht verpleging verpleegkundige arts ouder
ouderen kind school informatie cursus vervoer bus app lotgenoten ervaring kennis check formulier intake
compliment rust tijd vrij hotel boerderij centrale oppas klus klussen maatje maatjes project beleid gemeente
aanbod vraag wegwijzer wijzer sociaal sociale praat familie vriend vriendelijk pagina verzorging besteding
verlof leiding gevende ziekenhuis ontslag alzheimer parkinson dementie casemanager smoel smoelen kwartaal`
  .split(/\s+/)
  .filter(Boolean);

const LINKS = ['', 's', 'e', 'en'];
const MIN_PART = 3;

/**
 * The parts of `word` (folded, lower case) if it is a compound of known words, else
 * null. Prefers the split with the fewest parts, then the longest first part.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): string[] | null {
  if (word.length < MIN_PART * 2) return null;
  const best = split(word, known, 0, new Map());
  return best && best.length >= 2 ? best : null;
}

function split(word: string, known: ReadonlySet<string>, from: number, memo: Map<number, string[] | null>): string[] | null {
  if (memo.has(from)) return memo.get(from) ?? null;
  let best: string[] | null = null;
  for (let end = word.length; end >= from + MIN_PART; end--) {
    const part = word.slice(from, end);
    if (from === 0 && end === word.length) continue; // the whole word is not a split
    if (!known.has(part)) continue;
    if (end === word.length) {
      best = pick(best, [part]);
      continue;
    }
    for (const link of LINKS) {
      if (!word.startsWith(link, end)) continue;
      const rest = split(word, known, end + link.length, memo);
      if (rest) best = pick(best, [part, ...rest]);
    }
  }
  memo.set(from, best);
  return best;
}

function pick(current: string[] | null, candidate: string[]): string[] {
  if (!current || candidate.length < current.length) return candidate;
  return current;
}
