// Fake staff side for the renderer tests: the contract's staff.* answered from state the tests
// change between steps (fake-staff-state.ts). Here: sign-in with lockout, sessions, the preview,
// audit, device and IME; the content procedures are in fake-staff-content.ts.
import { randomUUID } from 'node:crypto';
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { previewMarkdown } from '../../electron/services/staff/draft-validation';
import { fakeContentProcedures, type SignedInStaff } from './fake-staff-content';
import { fixtureIme } from './fake-staff-ime';
import { recordAudit } from './fake-staff-records';
import type { FakeStaff } from './fake-staff-state';

export type { FakeStaffAccount } from './fake-staff-data';
export { fakeConflict } from './fake-staff-records';
export { defaultFakeStaff, type FakeStaff } from './fake-staff-state';

export const fakeStaffProcedures = (os: KioskImplementer, fake: FakeStaff) => {
  const s = os.staff;
  const signedInStaff: SignedInStaff = (errors, sessionId) => {
    const staffId = fake.sessions[sessionId];
    if (fake.endAll || staffId === undefined) throw errors.STAFF_SESSION_ENDED();
    return staffId;
  };
  return {
    staff: {
      accounts: s.accounts.handler(() => ({ accounts: fake.accounts.map(({ id, name }) => ({ id, name })) })),
      login: s.login.handler(({ input, errors }) => {
        if (fake.lockedUntil && Date.parse(fake.lockedUntil) > Date.now())
          throw errors.STAFF_LOCKED({ data: { until: fake.lockedUntil } });
        const account = fake.accounts.find((a) => a.id === input.accountId);
        if (!account || account.pin !== input.pin) {
          fake.failures += 1;
          recordAudit(fake, null, 'login-failed', null, input.accountId);
          if (fake.failures >= fake.maxAttempts) {
            fake.lockedUntil = new Date(Date.now() + fake.lockMinutes * 60_000).toISOString();
            fake.failures = 0;
            throw errors.STAFF_LOCKED({ data: { until: fake.lockedUntil } });
          }
          throw errors.PIN_REJECTED({ data: { attemptsLeft: fake.maxAttempts - fake.failures } });
        }
        fake.failures = 0;
        const sessionId = randomUUID();
        fake.sessions[sessionId] = account.id;
        fake.logins.push(account.id);
        recordAudit(fake, account.id, 'login', null, '');
        return { sessionId, staff: { id: account.id, name: account.name }, idleSeconds: fake.idleSeconds };
      }),
      logout: s.logout.handler(({ input }) => {
        delete fake.sessions[input.sessionId];
        fake.logouts += 1;
        return { ok: true as const };
      }),
      preview: s.preview.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        fake.previews.push(input.markdown);
        // The service's own rule (too long, too deep), so the editor meets what it will meet.
        return previewMarkdown(input.markdown);
      }),
      ...fakeContentProcedures(s, fake, signedInStaff),
      audit: {
        list: s.audit.list.handler(({ input, errors }) => {
          signedInStaff(errors, input.sessionId);
          const newestFirst = [...fake.audit].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
          return { entries: newestFirst.slice(0, input.limit) };
        }),
      },
      device: {
        status: s.device.status.handler(({ input, errors }) => {
          signedInStaff(errors, input.sessionId);
          return fake.device;
        }),
      },
      ime: {
        candidates: s.ime.candidates.handler(({ input, errors }) => {
          signedInStaff(errors, input.sessionId);
          fake.imeQueries.push(input.pinyin);
          return { candidates: fixtureIme().candidates(input.pinyin) };
        }),
      },
    },
  };
};
