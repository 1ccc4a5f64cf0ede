// Which services had a number block leased for a hall day, so that an offline issue with no number
// left can tell "never leased" (the kiosk started during the outage: CENTRAL_UNAVAILABLE) from
// "used up" (NUMBERS_EXHAUSTED). The store's number_blocks cannot say: both leave 0 remaining.
import { z } from 'zod';
import type { KioskStore } from '../store';

const KEY = 'numberBlocks.leasedDay';
const LeasedDay = z.object({ date: z.string(), serviceIds: z.array(z.string()) });

/** Records that a block for `serviceId` on `date` was leased (call in the transaction adding it). */
export function markLeased(store: KioskStore, serviceId: string, date: string, at: Date): void {
  const parsed = LeasedDay.safeParse(store.cache.get(KEY)?.value);
  const current = parsed.success && parsed.data.date === date ? parsed.data.serviceIds : [];
  if (current.includes(serviceId)) return;
  store.cache.put(KEY, { date, serviceIds: [...current, serviceId] }, at);
}

/** Whether a block for `serviceId` on `date` was ever leased (or still holds numbers). */
export function wasLeased(store: KioskStore, serviceId: string, date: string): boolean {
  if (store.numberBlocks.remaining(serviceId, date) > 0) return true;
  const parsed = LeasedDay.safeParse(store.cache.get(KEY)?.value);
  return parsed.success && parsed.data.date === date && parsed.data.serviceIds.includes(serviceId);
}
