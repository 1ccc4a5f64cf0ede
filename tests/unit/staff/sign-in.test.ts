// Staff sign-in: PINs, the lockout that survives a restart, sessions that end when idle.
import { afterEach, describe, expect, it } from 'vitest';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
afterEach(() => {
  h?.cleanup();
  h = null;
});

const actions = (x: StaffHarness) =>
  x.service.audit
    .list(100)
    .map((e) => e.action)
    .reverse();

describe('staff sign-in', () => {
  it('lists the configured accounts without their PIN hashes', async () => {
    h = await staffHarness();
    expect(h.service.auth.accounts()).toEqual([
      { id: 'wang-li', name: '王丽' },
      { id: 'zhao-min', name: '赵敏' },
    ]);
  });

  it('signs in with the right PIN and refuses a wrong one, counting what is left', async () => {
    h = await staffHarness();
    expect(await h.service.auth.login('wang-li', '111111')).toEqual({ status: 'rejected', attemptsLeft: 4 });
    expect(await h.service.auth.login('no-such-person', '246810')).toEqual({
      status: 'rejected',
      attemptsLeft: 3,
    });
    // Another account's PIN is not this account's.
    expect(await h.service.auth.login('wang-li', '135790')).toEqual({ status: 'rejected', attemptsLeft: 2 });
    const ok = await h.service.auth.login('wang-li', '246810');
    expect(ok.status).toBe('signed-in');
    if (ok.status !== 'signed-in') return;
    expect(ok.session.staff).toEqual({ id: 'wang-li', name: '王丽' });
    expect(ok.session.idleSeconds).toBe(120);
    expect(ok.session.sessionId.length).toBeGreaterThanOrEqual(32);
    expect(actions(h)).toEqual(['login-failed', 'login-failed', 'login-failed', 'login']);
    const [unknown] = h.service.audit.list(100).filter((e) => e.staffId === null);
    expect(unknown?.summary).toContain('unknown account');
  });

  it('a right PIN resets the count of wrong ones', async () => {
    h = await staffHarness();
    for (let i = 0; i < 4; i++) await h.service.auth.login('zhao-min', '000000');
    expect(h.store.staff.signInState().failedPins).toBe(4);
    await h.signIn('zhao-min', '135790');
    expect(h.store.staff.signInState().failedPins).toBe(0);
    expect(await h.service.auth.login('zhao-min', '000000')).toEqual({ status: 'rejected', attemptsLeft: 4 });
  });

  it('locks sign-in after 5 wrong PINs, across accounts, for 15 minutes, even across a restart', async () => {
    h = await staffHarness();
    const results = [];
    for (const account of ['wang-li', 'zhao-min', 'wang-li', 'zhao-min', 'wang-li']) {
      results.push(await h.service.auth.login(account, '999999'));
    }
    const until = new Date(h.time.clock.now().getTime() + 15 * 60_000).toISOString();
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'locked']);
    expect(results[4]).toEqual({ status: 'locked', until });
    // Locked: even the right PIN is not checked.
    expect(await h.service.auth.login('wang-li', '246810')).toEqual({ status: 'locked', until });
    expect(actions(h).slice(-2)).toEqual(['login-failed', 'locked-out']);

    // A restart (the store reopened, a new service) keeps the lockout.
    const { db, time } = h;
    h.close();
    h = await staffHarness({ dbDir: db, clock: time });
    time.advance(14 * 60_000);
    expect(await h.service.auth.login('wang-li', '246810')).toEqual({ status: 'locked', until });

    // After lockoutMinutes, the right PIN works and the count starts again.
    time.advance(60_000 + 1);
    expect((await h.service.auth.login('wang-li', '246810')).status).toBe('signed-in');
    expect(h.store.staff.signInState()).toEqual({ failedPins: 0, lockedUntil: null });
  });

  it('counts every one of several wrong PINs typed at once (no extra guesses)', async () => {
    h = await staffHarness();
    const service = h.service;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => service.auth.login('wang-li', '123123')),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(results.filter((r) => r.status === 'locked')).toHaveLength(4);
  });
});

describe('staff sessions', () => {
  it('ends a session after 120 s without a staff call; each call keeps it alive', async () => {
    h = await staffHarness();
    const session = await h.signIn();
    h.time.advance(119_000);
    expect(h.service.auth.touch(session.sessionId)).toEqual({ id: 'wang-li', name: '王丽' });
    h.time.advance(119_000);
    expect(h.service.auth.touch(session.sessionId)?.id).toBe('wang-li');
    h.time.advance(120_001);
    expect(h.service.auth.touch(session.sessionId)).toBeNull();
    const [expired] = h.service.audit.list(1);
    expect(expired?.action).toBe('session-expired');
    // Recorded at the moment it ended, not when someone noticed.
    expect(expired?.at).toBe(new Date(h.time.clock.now().getTime() - 1).toISOString());
  });

  it('one session at a time: a new sign-in ends the old one; logout ends it; a made-up id is refused', async () => {
    h = await staffHarness();
    const first = await h.signIn('wang-li', '246810');
    const second = await h.signIn('zhao-min', '135790');
    expect(h.service.auth.touch(first.sessionId)).toBeNull();
    expect(h.service.auth.touch(second.sessionId)?.id).toBe('zhao-min');
    expect(h.service.auth.touch(`${second.sessionId.slice(0, -1)}x`)).toBeNull();
    h.service.auth.logout(second.sessionId);
    expect(h.service.auth.touch(second.sessionId)).toBeNull();
    expect(actions(h)).toEqual(['login', 'logout', 'login', 'logout']);
    expect(h.service.audit.list(10)[2]?.summary).toContain('zhao-min signing in');
  });
});
