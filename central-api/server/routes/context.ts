import type { CentralStore } from '../store';

/** What every route module needs: the store and the hall's clock. */
export interface RouteContext {
  store: CentralStore;
  now: () => Date;
  timeZone: string;
}
