import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../server/export/markdown.js';
import { actionsCsv, neutralise, notesCsv } from '../../server/export/csv.js';
import { houtenSnapshot } from './fixture.js';

/** Minimal RFC 4180 reader, enough to check our own output round-trips. */
function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('Markdown export', () => {
  const md = toMarkdown(houtenSnapshot());

  it('has the same sections in order, and every note and action', () => {
    const at = ['# Respijtzorg in Houten', '## Wie deden er mee', '## Check-in', '## Ontdekken', '## Dromen', '## Ontwerpen', '## Doen', '### Acties', '## Overzicht naar aspect en niveau'].map((h) =>
      md.indexOf(h),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const plain = md.replace(/\\(.)/g, '$1');
    for (const n of houtenSnapshot().notes) expect(plain).toContain(n.text.replace(/\s+/g, ' '));
    for (const a of houtenSnapshot().actions) expect(plain).toContain(a.what);
    expect(md).toContain('12 stippen — Mantelzorgers 9, Zorgprofessionals 3');
    expect(md).toContain('**Gedeelde ambitie voor 2030:** In 2030 weet elke mantelzorger');
  });

  it('keeps what participants write from acting as Markdown or HTML', () => {
    const s = houtenSnapshot();
    s.notes[0]!.text = '# Kop [klik](https://evil.example) <img src=x onerror=alert(1)> **vet** `code` | pijp &amp; mail@x.nl';
    s.participants[0]!.name = '_Anja_';
    const out = toMarkdown(s);
    const line = out.split('\n').find((l) => l.includes('Kop')) ?? '';
    expect(line.startsWith('- \\# Kop \\[klik\\](https\\://evil.example) \\<img src=x onerror=alert(1)\\> \\*\\*vet\\*\\* \\`code\\` \\| pijp \\&amp; mail\\@x.nl')).toBe(true);
    expect(out).toContain('\\_Anja\\_');
    expect(escapeMarkdown('1. eerste')).toBe('1\\. eerste');
    expect(escapeMarkdown('- lijst')).toBe('\\- lijst');
    expect(escapeMarkdown('twee\nregels')).toBe('twee regels');
  });
});

describe('CSV export', () => {
  it('writes notes with BOM, CRLF, quoting and per-group votes', () => {
    const csv = notesCsv(houtenSnapshot());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(^|[^"])\n/);
    const rows = parseCsv(csv.slice(1));
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Stap', 'Thema', 'Tekst', 'Groep', 'Naam', 'Aspect', 'Niveau', 'Stippen totaal',
      'Stippen Mantelzorgers', 'Stippen Vrijwilligers', 'Stippen Zorgprofessionals', 'Stippen Organisaties', 'Stippen Gemeente', 'Stippen Anders',
      'Gemaakt',
    ]);
    expect(body).toHaveLength(houtenSnapshot().notes.length);
    for (const n of houtenSnapshot().notes) expect(body.some((r) => r[2] === n.text || r[2] === `'${n.text}`)).toBe(true);
    const long = body.find((r) => r[2]?.startsWith('Toen mijn vader'));
    expect(long?.slice(0, 2)).toEqual(['Ontdekken', 'Eén vast aanspreekpunt']);
    expect(long?.slice(3, 5)).toEqual(['Mantelzorger', 'Joke van Dijk']);
    expect(long?.slice(7, 10)).toEqual(['5', '4', '0']);
    expect(long?.[10]).toBe('1');
    expect(long?.[14]).toMatch(/^2025-11-20T\d\d:\d\d:00\.000Z$/);
    // Dutch Excel splits on ";": a comma inside a note needs no quotes, a semicolon does.
    expect(csv).toContain(';Het mantelzorgcompliment van € 150 voelde als erkenning, niet als een fooi.;');
    expect(csv).toContain(';Naïeve vraag van een vrijwilliger: “Zal ik vrijdag even bij uw vader blijven?” — dat gaf lucht.;');
    const s = houtenSnapshot();
    s.notes[0]!.text = 'Ze zei "nooit meer"\nen toen toch wel';
    s.notes[1]!.text = 'Koffie; daarna praten';
    expect(notesCsv(s)).toContain(';"Ze zei ""nooit meer""\nen toen toch wel";');
    expect(notesCsv(s)).toContain(';"Koffie; daarna praten";');
  });

  it('separates with commas in an English workshop, as English Excel expects', () => {
    const s = houtenSnapshot();
    s.room.language = 'en';
    s.notes[0]!.text = 'Coffee, then a talk; together';
    const csv = notesCsv(s);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFStep,Theme,Text,/);
    expect(csv).toContain(',"Coffee, then a talk; together",');
    const rows = parseCsv(csv.slice(1), ',');
    expect(rows[0]).toHaveLength(rows[1]!.length);
    expect(actionsCsv(s).startsWith('\uFEFFWhat,Who,When,Level,Aspect,Status,Status note\r\n')).toBe(true);
  });

  it('gives each action its status from a follow-up meeting’s review, planned when it has none', () => {
    const s = houtenSnapshot();
    s.actions[0]!.status = 'stuck';
    s.actions[0]!.statusNote = 'Wethouder wacht op de begroting';
    delete s.actions[1]!.status;
    const rows = parseCsv(actionsCsv(s).slice(1));
    expect(rows[0]!.slice(-2)).toEqual(['Stand', 'Toelichting']);
    expect(rows[1]!.slice(-2)).toEqual(['Loopt vast', 'Wethouder wacht op de begroting']);
    expect(rows[2]!.slice(-2)).toEqual(['Gepland', '']);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const s = houtenSnapshot();
    s.notes[0]!.text = "=cmd|' /C calc'!A0";
    s.actions[0]!.owner = '@SUM(1+1)';
    s.actions[1]!.what = '+31 6 12345678 bellen';
    const csv = notesCsv(s);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).not.toMatch(/(^|;)=cmd/m);
    expect(csv).toContain("'=> Samen plannen werkt");
    const acts = actionsCsv(s);
    expect(acts).toContain("'@SUM(1+1)");
    expect(acts).toContain("'+31 6 12345678 bellen");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('gewoon')).toBe('gewoon');
  });

  it('writes actions with owner, due date, level and aspect', () => {
    const csv = actionsCsv(houtenSnapshot());
    expect(csv.startsWith('\uFEFFWat;Wie;Wanneer;Niveau;Aspect;Stand;Toelichting\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(houtenSnapshot().actions.length + 1);
    expect(rows[3]).toEqual(['Proefbudget logeeropvang (€ 12.000) voorleggen aan de wethouder', 'Ruud Hendriks (gemeente)', '2026-04-01', 'Wijk en gemeente', 'Belangen', 'Gepland', '']);
    expect(rows[5]).toEqual(['Ervaringen van mantelzorgers met de proef ophalen', 'Anja de Vries', '', '', '', 'Gepland', '']);
  });

  it('leaves author names out of an anonymous workshop', () => {
    const s = houtenSnapshot();
    s.room.anonymous = true;
    expect(notesCsv(s)).not.toContain('Fatima El Amrani');
  });
});
