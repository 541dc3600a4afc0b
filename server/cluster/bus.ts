// Cache notices between nodes: each node caches workshop records and rosters, and a change
// stored by one node (a join, a removal, a deletion, a step) tells the others to read it
// again. Redis pub/sub loses what is sent while a node is disconnected, so on reconnect a
// node drops its whole cache (`onResync`); nothing durable travels this way.
import type { RedisLink } from './redis.js';
import type { WorkshopChange } from '../workshops/records.js';

export interface Notice {
  workshopId: string;
  change: WorkshopChange | 'participant-removed';
  participantId?: string;
  /** The sending node, so it ignores its own notices. */
  from: string;
}

const CHANGES = new Set(['workshop', 'participants', 'deleted', 'participant-removed']);

export class ClusterBus {
  private readonly channel: string;

  constructor(
    private readonly redis: RedisLink,
    private readonly node: string,
    onNotice: (notice: Notice) => void,
    onResync: () => void,
  ) {
    this.channel = redis.key('notices');
    let subscribedBefore = false;
    redis.subscriber.on('ready', () => {
      if (subscribedBefore) onResync();
      subscribedBefore = true;
    });
    void redis.subscriber.subscribe(this.channel).catch((error: unknown) => console.warn('[redis] subscribe failed; retried on reconnect', error));
    redis.subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      const notice = parseNotice(raw);
      if (notice && notice.from !== this.node) onNotice(notice);
    });
  }

  publish(notice: Omit<Notice, 'from'>): void {
    if (!this.redis.connected) return;
    this.redis.commands.publish(this.channel, JSON.stringify({ ...notice, from: this.node })).catch(() => undefined);
  }
}

/** Notices cross the network: checked before they touch any cache. */
function parseNotice(raw: string): Notice | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { workshopId, change, participantId, from } = value as Record<string, unknown>;
    if (typeof workshopId !== 'string' || typeof from !== 'string' || typeof change !== 'string' || !CHANGES.has(change)) return null;
    if (participantId !== undefined && typeof participantId !== 'string') return null;
    return { workshopId, change: change as Notice['change'], participantId, from };
  } catch {
    return null;
  }
}
