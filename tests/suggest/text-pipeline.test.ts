// The text pipeline of the theme suggestions: tokenising, stop words, stemming,
// compound splitting, concepts and weighting.
import { describe, expect, it } from 'vitest';
import { isStopWord, stem, tokenize, words } from '../../server/suggest/text.js';
import { splitCompound, COMMON_PARTS_NL } from '../../server/suggest/compounds.js';
import { cosine, knownParts, noteFeatures, similarityMatrix, tfidf } from '../../server/suggest/features.js';

describe('tokenising', () => {
  it('keeps Dutch letters, inner apostrophes and hyphens, and drops punctuation', () => {
    expect(tokenize("Eén loket, zo'n wmo-consulent: míj!")).toEqual(['eén', 'loket', "zo'n", 'wmo-consulent', 'míj']);
  });
});

describe('stop words', () => {
  it('drops function words in both languages but keeps words that carry meaning here', () => {
    expect(isStopWord('de', 'nl')).toBe(true);
    expect(isStopWord('omdat', 'nl')).toBe(true);
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('samen', 'nl')).toBe(false);
    expect(isStopWord('altijd', 'nl')).toBe(false);
    expect(words('Ik kan de huisarts bellen', 'nl').filter((w) => !w.stop).map((w) => w.surface)).toEqual(['huisarts', 'bellen']);
  });
});

describe('stemming', () => {
  it('brings Dutch inflections to one stem', () => {
    expect(stem('mantelzorgers', 'nl')).toBe(stem('mantelzorger', 'nl'));
    expect(stem('gesprekken', 'nl')).toBe(stem('gesprek', 'nl'));
    expect(stem('ondersteuning', 'nl')).toBe(stem('ondersteunen', 'nl'));
    expect(stem('vrijwilligers', 'nl')).toBe(stem('vrijwilliger', 'nl'));
  });
  it('brings English inflections to one stem', () => {
    expect(stem('carers', 'en')).toBe(stem('carer', 'en'));
    expect(stem('listened', 'en')).toBe(stem('listening', 'en'));
  });
  it('ignores stress accents but keeps "één" apart from "een"', () => {
    expect(stem('míj', 'nl')).toBe(stem('mij', 'nl'));
    expect(stem('één', 'nl')).not.toBe(stem('een', 'nl'));
  });
});

describe('compound splitting', () => {
  const known = new Set(COMMON_PARTS_NL);
  it('splits care compounds into known parts, with linking s', () => {
    expect(splitCompound('keukentafelgesprek', known)).toEqual(['keuken', 'tafel', 'gesprek']);
    expect(splitCompound('mantelzorgcafe', known)).toEqual(['mantelzorg', 'cafe']);
    expect(splitCompound('overdrachtsschrift', known)).toEqual(['overdracht', 'schrift']);
  });
  it('leaves unknown or plain words whole', () => {
    expect(splitCompound('bereikbaar', known)).toBeNull();
    expect(splitCompound('zorg', known)).toBeNull();
    expect(splitCompound('vrijwilliger', known)).toBeNull();
  });
  it('learns parts from the workshop\'s own words', () => {
    const parts = knownParts(['Lotgenoten zijn goud', 'Contact met anderen'], 'nl');
    expect(splitCompound('lotgenotencontact', parts)).toEqual(['lotgenoten', 'contact']);
  });
});

describe('concepts and weighting', () => {
  const known = knownParts([], 'nl');
  const vectorsOf = (texts: string[]) => tfidf(texts.map((t) => noteFeatures(t, 'nl', known)));

  it('gives notes of one theme that share no word a common concept', () => {
    const a = noteFeatures('Iemand die ik altijd kan bellen', 'nl', known);
    const b = noteFeatures('Eén loket voor al mijn vragen', 'nl', known);
    expect([...a.counts.keys()].filter((k) => k.startsWith('w:') && b.counts.has(k))).toEqual([]);
    expect(a.counts.has('c:aanspreekpunt')).toBe(true);
    expect(b.counts.has('c:aanspreekpunt')).toBe(true);
  });

  it('makes such notes closer to each other than to a note of another theme', () => {
    const [call, desk, cafe] = vectorsOf(['Iemand die ik altijd kan bellen', 'Eén loket voor al mijn vragen', 'Het mantelzorgcafé op donderdag']);
    expect(cosine(call!, desk!)).toBeGreaterThan(cosine(call!, cafe!));
  });

  it('lets a compound meet its part ("mantelzorgcafé" and "café")', () => {
    const [compound, plain, other] = vectorsOf(['Het mantelzorgcafé hielp', 'Een café met lotgenoten', 'De rolstoel kwam snel']);
    expect(cosine(compound!, plain!)).toBeGreaterThan(0);
    expect(cosine(compound!, other!)).toBe(0);
  });

  it('weights a word every note uses less than a rare shared one', () => {
    const [v] = vectorsOf(['mantelzorger fiets', 'mantelzorger boek', 'mantelzorger tuin', 'fiets']);
    expect(v!.get(`w:${stem('fiets', 'nl')}`)!).toBeGreaterThan(v!.get(`w:${stem('mantelzorger', 'nl')}`)!);
  });

  it('builds the same similarity matrix from its inverted index as pairwise cosines', () => {
    const vectors = vectorsOf(['Iemand die ik kan bellen', 'Eén loket', 'Het mantelzorgcafé', 'Lotgenoten in het café', 'Fietsen']);
    const sim = similarityMatrix(vectors);
    vectors.forEach((a, i) => vectors.forEach((b, j) => expect(sim[i * vectors.length + j]).toBeCloseTo(i === j ? 1 : cosine(a, b), 10)));
  });
});
