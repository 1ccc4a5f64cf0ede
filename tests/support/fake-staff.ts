// SCAFFOLD (lead): replaced by the staff-screens helper. Fake staff side for renderer tests.
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { createStaffProcedures } from '../../electron/services/staff/staff-procedures';

export type FakeStaff = Record<string, never>;
export const defaultFakeStaff = (): FakeStaff => ({});
export const fakeStaffProcedures = (os: KioskImplementer, _fake: FakeStaff) => createStaffProcedures(os, {});
