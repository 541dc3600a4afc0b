// Participants type on phones: emoji and characters from scripts Noto Sans lacks would
// come out as empty boxes, or in the worst case stop the export. Every user text passes
// through here before it reaches pdfkit.

/** What the embedded fonts can draw; pdfkit's font object exposes fontkit's check. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// Pictographs and the invisible joiners, modifiers and selectors that build emoji
// sequences. These are dropped without a trace: a box would say nothing to a reader.
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;
const EMOJI_GLUE = new Set([0x200d, 0xfe0e, 0xfe0f, 0x20e3]);
const REPLACEMENT = '?';

export class TextCleaner {
  /** Characters dropped or replaced in this export, reported once at the end. */
  replaced = 0;
  private readonly known = new Map<number, boolean>();
  // Texts are measured before they are drawn; clean each once so it is counted once.
  private readonly done = new Map<string, string>();

  constructor(private readonly fonts: readonly GlyphSource[]) {}

  private drawable(cp: number): boolean {
    let ok = this.known.get(cp);
    if (ok === undefined) {
      ok = this.fonts.every((f) => f.hasGlyphForCodePoint(cp));
      this.known.set(cp, ok);
    }
    return ok;
  }

  /** Text safe to draw: line breaks kept, other control characters and unknown glyphs removed. */
  clean(text: string): string {
    const cached = this.done.get(text);
    if (cached !== undefined) return cached;
    const result = this.scrub(text);
    this.done.set(text, result);
    return result;
  }

  private scrub(text: string): string {
    let out = '';
    let dropped = false;
    for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x0a) {
        out += ch;
        continue;
      }
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      if (EMOJI_GLUE.has(cp)) continue;
      if (cp < 0x7f || this.drawable(cp)) {
        out += ch;
        continue;
      }
      this.replaced++;
      if (EMOJI_PART.test(ch)) dropped = true;
      else out += REPLACEMENT;
    }
    // Removing an emoji mid-sentence leaves double spaces ("Top 🎉 dag") or a trailing one.
    return dropped ? out.replace(/ {2,}/g, ' ').replace(/ +$/gm, '').replace(/^ +/gm, '') : out;
  }

  /** Long texts are clipped so one pasted essay cannot outgrow a page or a table row. */
  clip(text: string, max: number): string {
    const clean = this.clean(text);
    return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
  }
}
