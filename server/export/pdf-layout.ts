// Drawing primitives for the report: one accent colour, two weights of one typeface, and
// blocks that are measured before they are drawn so nothing is split or runs off a page.
// The PDF is tagged (PDF/UA as far as pdfkit goes): every text is drawn inside a structure
// element (headings, paragraphs, table cells) in reading order, and every line, bar and
// running header is marked as an artifact, so a screen reader reads the report as a
// document and skips the decoration.
import type { TextCleaner } from './pdf-text.js';

export type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** Structure element types the report uses (PDF 1.7, 14.8.4). */
export type Tag = 'H1' | 'H2' | 'H3' | 'P' | 'Sect' | 'Div' | 'L' | 'LI' | 'LBody' | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD';

export const FONT = { regular: 'NotoSans', bold: 'NotoSans-Bold' } as const;
export const COLOUR = {
  accent: '#1f5f8b',
  text: '#1c2329',
  muted: '#5d6b76',
  rule: '#d3dbe2',
  tint: '#eef4f8',
} as const;
export const PAGE_MARGINS = { top: 78, bottom: 70, left: 68, right: 68 };

export interface Column {
  header: string;
  /** Share of the table width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  bold?: boolean;
}

const CELL_PAD_X = 6;
const CELL_PAD_Y = 5;
const TABLE_SIZE = 9;

export class Layout {
  /** Open grouping elements, innermost last; the first is the document. */
  private readonly open: Struct[];

  constructor(
    readonly doc: Doc,
    readonly text: TextCleaner,
  ) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.open = [root];
  }

  private get parent(): Struct {
    return this.open[this.open.length - 1]!;
  }

  /** Draws `draw` as one structure element (a heading, a paragraph, a cell) in reading order. */
  tag(type: Tag, draw: () => void, options: { scope?: 'Column' | 'Row'; actual?: string } = {}): void {
    // pdfkit accepts `scope` (table header scope) but its typings do not list it.
    const el = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, draw);
    this.parent.add(el);
  }

  /** Opens a grouping element (a section, a list, a table, a row); `end()` closes it. */
  begin(type: Tag): void {
    const el = this.doc.struct(type);
    this.parent.add(el);
    this.open.push(el);
  }

  end(): void {
    if (this.open.length > 1) this.open.pop()?.end();
  }

  /** Closes every open section: the next section starts at the document level. */
  endAll(): void {
    while (this.open.length > 1) this.end();
  }

  /** Decoration (lines, bars, dots, running headers) that a reader skips. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Ends the structure tree; call once, after the last page is decorated. */
  finish(): void {
    this.endAll();
    this.open[0]?.end();
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /**
   * Start a new page unless `height` still fits below the cursor, together with
   * `keepWith`, the height of what must follow on the same page (as long as the two
   * fit on one page at all).
   */
  ensureSpace(height: number, keepWith = 0): void {
    const together = height + keepWith;
    const fitsOnAPage = together <= this.bottom - this.doc.page.margins.top;
    if (this.doc.y + (fitsOnAPage ? together : height) > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  measure(text: string, font: string, size: number, width: number, lineGap = 2): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width, lineGap });
  }

  write(text: string, opts: { font?: string; size?: number; colour?: string; x?: number; width?: number; lineGap?: number; spacing?: number } = {}): void {
    const x = opts.x ?? this.left;
    this.doc
      .font(opts.font ?? FONT.regular)
      .fontSize(opts.size ?? 10.5)
      .fillColor(opts.colour ?? COLOUR.text)
      .text(text, x, this.doc.y, { width: opts.width ?? this.width - (x - this.left), lineGap: opts.lineGap ?? 2, characterSpacing: opts.spacing ?? 0 });
    this.doc.x = this.left;
  }

  rule(colour: string = COLOUR.rule, weight = 0.6): void {
    const y = this.doc.y;
    this.artifact(() => this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(weight).strokeColor(colour).stroke());
  }

  /** A paragraph: `write` inside a P element. */
  para(text: string, opts: Parameters<Layout['write']>[1] = {}): void {
    this.tag('P', () => this.write(text, opts));
  }

  /**
   * A section: its title (a level-2 heading under the report's title) and a bookmark.
   * `keepWith` is the space the section's start needs on the same page.
   */
  sectionTitle(title: string, opts: { newPage?: boolean; keepWith?: number } = {}): void {
    const clean = this.text.clean(title);
    if (opts.newPage !== false) this.newPage();
    else {
      this.ensureSpace(60 + (opts.keepWith ?? 120));
      if (this.doc.y > this.doc.page.margins.top) this.gap(22);
    }
    this.endAll();
    this.begin('Sect');
    this.tag('H2', () => this.write(clean, { font: FONT.bold, size: 21, colour: COLOUR.text, lineGap: 1 }));
    this.doc.outline.addItem(clean);
    this.gap(10);
  }

  /** A level-3 heading inside the current section. */
  subTitle(title: string, keepWith = 60): void {
    const clean = this.text.clean(title);
    this.ensureSpace(this.measure(clean, FONT.bold, 13, this.width) + keepWith);
    this.gap(6);
    this.tag('H3', () => this.write(clean, { font: FONT.bold, size: 13, colour: COLOUR.accent }));
    this.gap(6);
  }

  /** The step's question, set off by an accent bar so it reads as the room's prompt. */
  question(question: string, instruction: string): void {
    const q = this.text.clean(question);
    const i = this.text.clean(instruction);
    const x = this.left + 14;
    const w = this.width - 14;
    const h = this.measure(q, FONT.regular, 12.5, w) + (i ? 4 + this.measure(i, FONT.regular, 9.5, w) : 0);
    this.ensureSpace(h + 20);
    const top = this.doc.y;
    this.artifact(() => this.doc.rect(this.left, top, 3, h).fill(COLOUR.accent));
    this.para(q, { size: 12.5, x, width: w });
    if (i) {
      this.gap(4);
      this.para(i, { size: 9.5, colour: COLOUR.muted, x, width: w });
    }
    this.doc.y = Math.max(this.doc.y, top + h);
    this.gap(18);
  }

  /**
   * A tinted box with an accent bar: a small capitalised label, a text in bold, and an
   * optional line under it (the shared ambition, in the meeting and the series report).
   */
  callout(label: string, text: string, after: string | null = null): void {
    const { doc } = this;
    const pad = 14;
    const x = this.left + pad + 3;
    const w = this.width - 2 * pad - 3;
    const caps = this.text.clean(label).toUpperCase();
    const h = 12 + 6 + this.measure(text, FONT.bold, 14, w, 3) + (after ? 6 + this.measure(after, FONT.bold, 9, w) : 0);
    this.ensureSpace(h + 2 * pad + 20);
    const top = doc.y;
    this.artifact(() => {
      doc.rect(this.left, top, this.width, h + 2 * pad).fill(COLOUR.tint);
      doc.rect(this.left, top, 3, h + 2 * pad).fill(COLOUR.accent);
    });
    doc.y = top + pad;
    this.begin('Div');
    this.tag('H3', () => this.write(caps, { font: FONT.bold, size: 8.5, colour: COLOUR.accent, x, width: w, spacing: 1.1 }));
    this.gap(6);
    this.para(text, { font: FONT.bold, size: 14, x, width: w, lineGap: 3 });
    if (after) {
      this.gap(6);
      this.para(after, { font: FONT.bold, size: 9, colour: COLOUR.accent, x, width: w });
    }
    this.end();
    doc.y = top + h + 2 * pad + 18;
  }

  /**
   * A table whose cells wrap; the header is repeated on every page it continues on.
   * Rows are never split, so a row is clipped by the caller to fit a page.
   */
  private rowHeight(columns: Column[], cells: string[], font: string): number {
    return Math.max(...cells.map((c, i) => this.measure(c, font, TABLE_SIZE, (columns[i]?.share ?? 0) * this.width - 2 * CELL_PAD_X, 1.5))) + 2 * CELL_PAD_Y;
  }

  /** Height of the whole table on one page, to keep a short table in one piece. */
  tableHeight(columns: Column[], rows: TableRow[]): number {
    const headers = columns.map((c) => this.text.clean(c.header));
    return rows.reduce((h, row) => h + this.rowHeight(columns, row.cells, row.bold ? FONT.bold : FONT.regular), this.rowHeight(columns, headers, FONT.bold));
  }

  /**
   * A table tagged with header cells: `rowHeaders` makes each row's first cell a row
   * header too. A header repeated on a following page is marked as an artifact, so it is
   * read once.
   */
  table(columns: Column[], rows: TableRow[], rowHeaders = false): void {
    const widths = columns.map((c) => c.share * this.width);
    const cellHeight = (cells: string[], font: string): number => this.rowHeight(columns, cells, font);
    const headers = columns.map((c) => this.text.clean(c.header));
    const headerHeight = cellHeight(headers, FONT.bold);

    const drawRow = (cells: string[], font: string, colour: string, height: number, cellTag: (i: number) => { type: 'TH' | 'TD'; scope?: 'Column' | 'Row' } | null): void => {
      const top = this.doc.y;
      let x = this.left;
      if (cellTag(0)) this.begin('TR');
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        const left = x;
        const draw = (): void => {
          this.doc
            .font(font)
            .fontSize(TABLE_SIZE)
            .fillColor(colour)
            .text(cell, left + CELL_PAD_X, top + CELL_PAD_Y, { width: w - 2 * CELL_PAD_X, lineGap: 1.5, align: columns[i]?.align ?? 'left' });
        };
        const tag = cellTag(i);
        if (!tag) this.artifact(draw, 'Pagination');
        else if (cell) this.tag(tag.type, draw, tag.scope ? { scope: tag.scope } : {});
        else this.tag(tag.type, () => {}, tag.scope ? { scope: tag.scope } : {});
        x += w;
      });
      if (cellTag(0)) this.end();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    const drawHeader = (repeated: boolean): void => {
      if (!repeated) this.begin('THead');
      drawRow(headers, FONT.bold, COLOUR.accent, headerHeight, () => (repeated ? null : { type: 'TH', scope: 'Column' }));
      if (!repeated) this.end();
      this.rule(COLOUR.accent, 1);
    };
    const bodyCell = (i: number): { type: 'TH' | 'TD'; scope?: 'Row' } => (rowHeaders && i === 0 ? { type: 'TH', scope: 'Row' } : { type: 'TD' });

    this.ensureSpace(headerHeight + (rows[0] ? cellHeight(rows[0].cells, FONT.regular) : 0));
    this.begin('Table');
    drawHeader(false);
    this.begin('TBody');
    const heights = rows.map((row) => cellHeight(row.cells, row.bold ? FONT.bold : FONT.regular));
    rows.forEach((row, i) => {
      const font = row.bold ? FONT.bold : FONT.regular;
      const height = heights[i] ?? 0;
      // The last row never goes alone onto a new page: the row before it goes along.
      const withLast = i === rows.length - 2 ? height + (heights[i + 1] ?? 0) : height;
      const room = this.bottom - this.doc.page.margins.top - headerHeight;
      if (this.doc.y + (withLast <= room ? withLast : height) > this.bottom) {
        this.newPage();
        drawHeader(true);
      }
      drawRow(row.cells, font, COLOUR.text, height, bodyCell);
      this.rule();
    });
    this.end();
    this.end();
    this.gap(14);
  }

  /**
   * Running header and page numbers, drawn once every page exists so "of N" is known.
   * The cover has neither but still counts as page 1.
   */
  decoratePages(title: string, pageLabel: (n: number, of: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    const heading = this.text.clean(title);
    for (let i = start + 1; i < start + count; i++) {
      this.doc.switchToPage(i);
      const { page } = this.doc;
      // Writing inside the margin would otherwise make pdfkit open a fresh page.
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      const width = page.width - page.margins.left - page.margins.right;
      this.artifact(() => {
        this.doc
          .font(FONT.regular)
          .fontSize(8.5)
          .fillColor(COLOUR.muted)
          .text(heading, page.margins.left, 38, { width, lineBreak: false, ellipsis: true });
        this.doc.moveTo(page.margins.left, 54).lineTo(page.margins.left + width, 54).lineWidth(0.6).strokeColor(COLOUR.rule).stroke();
        this.doc.text(pageLabel(i - start + 1, count), page.margins.left, page.height - 44, { width, align: 'right', lineBreak: false });
      }, 'Pagination');
      page.margins.bottom = bottomMargin;
    }
  }
}
