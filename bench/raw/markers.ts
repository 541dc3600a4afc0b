// Markers that writers put in note texts and readers find in raw frames without decoding
// them: "~kw" + writer (3 base-36 digits) + sequence (5) + send time in µs (10). The time
// is process.hrtime (CLOCK_MONOTONIC), one clock for every process on the machine, so a
// reader computes the latency from the marker alone.
const PREFIX = Buffer.from('~kw');
const WRITER_DIGITS = 3;
const SEQ_DIGITS = 5;
const TIME_DIGITS = 10;
export const MARKER_LENGTH = PREFIX.length + WRITER_DIGITS + SEQ_DIGITS + TIME_DIGITS;

export const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

export function marker(writer: number, seq: number, atUs = nowUs()): string {
  return `~kw${writer.toString(36).padStart(WRITER_DIGITS, '0')}${seq.toString(36).padStart(SEQ_DIGITS, '0')}${atUs.toString(36).padStart(TIME_DIGITS, '0')}`;
}

function base36(buf: Buffer, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = buf[i]!;
    n = n * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return n;
}

/** Calls `found` for every marker in the frame, in order. */
export function scanMarkers(frame: Buffer, found: (writer: number, seq: number, sentUs: number) => void): void {
  let at = frame.indexOf(PREFIX);
  while (at !== -1 && at + MARKER_LENGTH <= frame.length) {
    const w = at + PREFIX.length;
    found(base36(frame, w, WRITER_DIGITS), base36(frame, w + WRITER_DIGITS, SEQ_DIGITS), base36(frame, w + WRITER_DIGITS + SEQ_DIGITS, TIME_DIGITS));
    at = frame.indexOf(PREFIX, at + MARKER_LENGTH);
  }
}

/** The markers in a decoded note text (for the witnesses). */
export function markersIn(text: string): { writer: number; seq: number; sentUs: number }[] {
  const out: { writer: number; seq: number; sentUs: number }[] = [];
  scanMarkers(Buffer.from(text), (writer, seq, sentUs) => out.push({ writer, seq, sentUs }));
  return out;
}
