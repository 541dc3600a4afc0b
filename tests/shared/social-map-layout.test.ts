// The social map's layout (shared/social-map-layout.ts), with a plain measurer: every
// name whole inside its box, boxes inside the area and apart, bigger type where it fits.
import { describe, expect, it } from 'vitest';
import { layoutSocialMap, wrapLines, type LayoutEntry, type Measure } from '../../shared/social-map-layout.js';
import { GROUP_IDS } from '../../shared/groups.js';

// ~0.6 em per character, as a sans-serif bold roughly is
const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.55);

const NAMES = ['Steunpunt Mantelzorg Houten', 'Wijkverpleegkundige Buurtzorg Noord', 'Huisarts', 'Mantelzorgcafé Het Wiel', 'Buurvrouw', 'Dochter van mevrouw Jansen', 'Gemeente Houten, team Wmo', 'Vrijwillige Thuishulp', 'Sociaal wijkteam Houten-Zuid', 'Kerkelijke bezoekgroep'];

function entries(n: number): LayoutEntry[] {
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: NAMES[i % NAMES.length]!, group: GROUP_IDS[i % 5]!, detail: 'Advies · Informatie' }));
}

function check(list: LayoutEntry[], width: number, height: number, minFont = 12) {
  const layout = layoutSocialMap(list, [{ from: 'e0', to: 'e3' }, { from: 'e1', to: 'e2' }, { from: 'e0', to: 'missing' }], {
    width,
    height,
    measure,
    groupLabel: (g) => g,
    maxFont: 40,
    minFont,
  });
  expect(layout.boxes).toHaveLength(list.length);
  for (const b of layout.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(width + 0.01);
    expect(b.y + b.h).toBeLessThanOrEqual(height + 0.01);
    const name = list.find((e) => e.id === b.id)!.name;
    expect(b.nameLines.join(' ')).toBe(name);
    for (const line of b.nameLines) expect(measure(line, layout.fontSize, true)).toBeLessThanOrEqual(b.w - 2 * layout.padding);
  }
  for (const [i, a] of layout.boxes.entries()) {
    for (const b of layout.boxes.slice(i + 1)) {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
  // a tie to an entry that is not on the map is not drawn
  expect(layout.curves.map((c) => `${c.from}>${c.to}`)).toEqual(['e0>e3', 'e1>e2']);
  return layout;
}

describe('layoutSocialMap', () => {
  it('fits 10 entries whole at projector sizes and a report page, in readable type', () => {
    expect(check(entries(10), 1870, 700).fontSize).toBeGreaterThanOrEqual(22);
    expect(check(entries(10), 1230, 420).fontSize).toBeGreaterThanOrEqual(16);
    // the report's A4 column, as pdf-map.ts asks for it
    expect(check(entries(10), 459, 340, 6).fontSize).toBeGreaterThanOrEqual(7);
  });

  it('keeps every name whole for 40 entries, in smaller type', () => {
    const layout = check(entries(40), 1870, 700);
    expect(layout.fits).toBe(true);
    expect(layout.fontSize).toBeLessThan(check(entries(10), 1870, 700).fontSize);
  });

  it('draws nothing for an empty map', () => {
    expect(layoutSocialMap([], [], { width: 800, height: 400, measure, groupLabel: (g) => g, maxFont: 30, minFont: 12 }).boxes).toEqual([]);
  });

  it('wraps on words and refuses a word wider than the box', () => {
    expect(wrapLines('Dochter van mevrouw Jansen', 200, 20, measure, 2)).toEqual(['Dochter van', 'mevrouw Jansen']);
    expect(wrapLines('Wijkverpleegkundige', 100, 20, measure, 2)).toBeNull();
  });
});
