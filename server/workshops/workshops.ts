// The workshops concern as the endpoints use it, one module per part: the records and
// their participants, the links handed out, creating, joining, who a token is, and
// retention.
import type { Config } from '../config.js';
import type { RoomState } from '../../shared/room.js';
import type { Store } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { seriesAuthenticator, tokenAuthenticator, type Authenticate, type AuthenticateSeries } from '../auth/authenticate.js';
import { WorkshopRecords } from './records.js';
import { WorkshopLinks } from './links.js';
import { WorkshopCreation } from './creation.js';
import { Joining, type RateCounterFactory } from './joining.js';
import { Retention } from './retention.js';
import { toRoomState } from './record.js';

export interface Workshops {
  records: WorkshopRecords;
  links: WorkshopLinks;
  creation: WorkshopCreation;
  joining: Joining;
  retention: Retention;
  authenticate: Authenticate;
  /** The series a series token opens: facilitator rights over all its meetings. */
  authenticateSeries: AuthenticateSeries;
  /** What every device of the workshop is shown of its record. */
  roomState(record: WorkshopRecord, now?: number): RoomState;
}

export function createWorkshops(store: Store, config: Config, baseUrl: string, counter?: RateCounterFactory): Workshops {
  const records = new WorkshopRecords(store);
  const links = new WorkshopLinks(baseUrl);
  const retention = new Retention(store, records, config.retentionDays);
  return {
    records,
    links,
    creation: new WorkshopCreation(store, records, links),
    joining: new Joining(store, records, config.limits, counter),
    retention,
    authenticate: tokenAuthenticator(store, records),
    authenticateSeries: seriesAuthenticator(store),
    roomState: (record, now = Date.now()) => toRoomState(record, links.joinUrl(record.joinCode), retention.ms, now),
  };
}
