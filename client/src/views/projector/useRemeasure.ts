// A counter that goes up when a box changes size (window, join panel, side panel) or when
// web fonts finish loading: layouts measured in the page (the note wall, paged lists) put
// it in their key so they measure again exactly then, and not on every render.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** `attachedWhen` changes when the box element may have appeared or gone (e.g. an empty wall). */
export function useRemeasure(box: RefObject<HTMLElement | null>, attachedWhen: unknown = null): number {
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let last = `${el.clientWidth}x${el.clientHeight}`;
    const ro = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now !== last) {
        last = now;
        setVersion((v) => v + 1);
      }
    });
    ro.observe(el);
    let live = true;
    void document.fonts?.ready.then(() => live && setVersion((v) => v + 1));
    return () => {
      live = false;
      ro.disconnect();
    };
  }, [box, attachedWhen]);
  return version;
}
