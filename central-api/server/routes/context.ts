import type { OpeningHours } from '../opening-hours';
import type { QueueRules } from '../queue-order';
import type { CentralStore } from '../store';
import type { WaitEstimator } from '../wait-estimate';

/** What every route module needs: the store, the hall's clock and hours, the queue rules and the wait estimator. */
export interface RouteContext {
  store: CentralStore;
  now: () => Date;
  timeZone: string;
  hours: OpeningHours;
  rules: QueueRules;
  waits: WaitEstimator;
}
