// The service areas in browsing order. The renderer keeps its own copy because the contract's
// NOTICE_AREAS lives beside zod, which the renderer bundle does not carry; the type below fails to
// compile if a value is missing or unknown, and tests/unit/renderer/notices-format checks the order.
import type { NoticeArea } from '../../../electron/notice-model';

export const AREA_ORDER = [
  'labour-social-security',
  'social-assistance',
  'residence',
  'family-planning',
  'household',
  'community',
  'elderly-disability',
  'business',
  'general',
] as const satisfies readonly NoticeArea[];

type Missing = Exclude<NoticeArea, (typeof AREA_ORDER)[number]>;
/** Compiles only while every NoticeArea is in AREA_ORDER. */
export const everyAreaListed: [Missing] extends [never] ? true : Missing = true;
