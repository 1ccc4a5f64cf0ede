// SCAFFOLD (lead): replaced by the resident-screens helper. Fake notices for renderer tests.
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { createNoticeProcedures } from '../../electron/services/notices/notice-procedures';

export type FakeNotices = Record<string, never>;
export const defaultFakeNotices = (): FakeNotices => ({});
export const fakeNoticeProcedures = (os: KioskImplementer, _fake: FakeNotices) =>
  createNoticeProcedures(os, {});
