// Whether this device probably has a hardware keyboard: a pointer that can hover and
// aim finely (mouse, trackpad). Touch keyboards have no Shift+Enter to speak of, so
// there Enter must make a new line and a button posts.
import { useEffect, useState } from 'react';

const QUERY = '(hover: hover) and (pointer: fine)';

const matches = (): boolean => typeof matchMedia === 'function' && matchMedia(QUERY).matches;

export function useHardwareKeyboardLikely(): boolean {
  const [likely, setLikely] = useState(matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(QUERY);
    const onChange = () => setLikely(list.matches);
    list.addEventListener('change', onChange);
    onChange();
    return () => list.removeEventListener('change', onChange);
  }, []);
  return likely;
}
