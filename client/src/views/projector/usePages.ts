// Pages through a list that does not fit its box at a readable size: the projector turns
// the page by itself, so every result reaches the screen whole instead of falling below
// its edge. The list's items carry `data-page-item`; the hook measures them all (one
// render with every item, before paint), cuts them into pages that fit the box, and then
// shows one page at a time. Item heights must not depend on which other items are shown
// (a table needs `table-layout: fixed`).
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useRemeasure } from './useRemeasure';

/** How long one page stays on the screen. */
export const PAGE_MS = 9000;

export interface Pages {
  /** 0-based page on screen. */
  page: number;
  pages: number;
  /** Whether item i is rendered now (all of them while measuring). */
  shows(i: number): boolean;
  /** Turning stopped by the facilitator (WCAG 2.2.2): the page stays until turned by hand. */
  paused: boolean;
  setPaused(paused: boolean): void;
  /** Turns one page on (1) or back (-1), wrapping around. */
  turn(direction: 1 | -1): void;
}

interface Cut {
  key: string;
  /** Index of the first item of each page. */
  starts: number[];
  count: number;
}

/** Greedy cut: each page takes as many items as fit in `room` px (at least one). */
export function cutPages(tops: number[], bottoms: number[], room: number): number[] {
  const starts: number[] = [];
  let start = 0;
  while (start < tops.length) {
    starts.push(start);
    let end = start;
    while (end + 1 < tops.length && bottoms[end + 1]! - tops[start]! <= room) end++;
    start = end + 1;
  }
  return starts.length ? starts : [0];
}

export function usePages(box: RefObject<HTMLElement | null>, contentKey: string): Pages {
  const version = useRemeasure(box);
  const [cut, setCut] = useState<Cut | null>(null);
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  const key = `${contentKey}|${version}`;


  // every item is on the page now (the content changed): measure and cut, before paint
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || cut?.key === key) return;
    const items = [...el.querySelectorAll<HTMLElement>('[data-page-item]')];
    if (!items.length) {
      setCut({ key, starts: [0], count: 0 });
      return;
    }
    const first = items[0]!.getBoundingClientRect().top;
    const rects = items.map((it) => it.getBoundingClientRect());
    const room = el.getBoundingClientRect().bottom - first;
    const starts = cutPages(
      rects.map((r) => r.top - first),
      rects.map((r) => r.bottom - first),
      room - 1,
    );
    setCut({ key, starts, count: items.length });
  });

  const measured = cut?.key === key ? cut : null;
  const pages = measured ? measured.starts.length : 1;
  const current = Math.min(page, pages - 1);

  useEffect(() => {
    if (pages < 2 || paused) return;
    const timer = setInterval(() => setPage((p) => (Math.min(p, pages - 1) + 1) % pages), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages, paused]);

  return {
    page: current,
    pages,
    paused,
    setPaused,
    turn(direction) {
      setPage((p) => (Math.min(p, pages - 1) + direction + pages) % pages);
    },
    shows(i) {
      if (!measured) return true;
      const from = measured.starts[current] ?? 0;
      const to = measured.starts[current + 1] ?? measured.count;
      return i >= from && i < to;
    },
  };
}
