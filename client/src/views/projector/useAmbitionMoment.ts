// The shared ambition chosen while the projector watches is a moment: highlighted for a
// while and announced, not a silent flag. One already chosen when the projector opens is
// simply shown.
import { useEffect, useRef, useState } from 'react';

export const MOMENT_MS = 12_000;

/** True for MOMENT_MS after the ambition changes to a (new) chosen note; `synced`: the board has its server state. */
export function useAmbitionMoment(ambitionId: string | null, synced: boolean): boolean {
  const seen = useRef<string | null | undefined>(undefined);
  const [momentOf, setMomentOf] = useState<string | null>(null);
  useEffect(() => {
    if (!synced) return;
    const before = seen.current;
    seen.current = ambitionId;
    if (before === undefined || !ambitionId || before === ambitionId) return;
    setMomentOf(ambitionId);
    const timer = setTimeout(() => setMomentOf(null), MOMENT_MS);
    return () => clearTimeout(timer);
  }, [ambitionId, synced]);
  return momentOf !== null && momentOf === ambitionId;
}
