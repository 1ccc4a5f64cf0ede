// Small fakes of the staff side's ports: a clock to move by hand and a central API that keeps
// versions, conflicts and an audit log like the real one.
import { CentralApiError } from '../../../../electron/services/central';
import type { Clock } from '../../../../electron/services/clock';
import type { ContentKind, StaffCentral } from '../../../../electron/services/staff/ports';

export function manualClock(start = '2026-11-26T01:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock: Clock = { now: () => new Date(now) };
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
  };
}

type Stored = Record<string, unknown> & { id: string; version: number };

type Result = { status: 'saved'; item: unknown; version: number } | { status: 'removed' } | Conflict;
type Conflict = { status: 'conflict'; current: unknown | null; currentVersion: number };

export function fakeCentral(clock: Clock) {
  const items = new Map<string, Stored>();
  const byChange = new Map<string, Result>();
  const audit = new Map<string, { id: string; action: string; staffId: string | null }>();
  const calls: string[] = [];
  let online = true;

  function down(op: string) {
    calls.push(op);
    if (!online) throw new CentralApiError('unreachable', `${op}: connect ECONNREFUSED`);
  }
  function conflictOf(k: string, baseVersion: number): Conflict | null {
    const current = items.get(k) ?? null;
    const currentVersion = current?.version ?? 0;
    return currentVersion === baseVersion ? null : { status: 'conflict', current, currentVersion };
  }
  function put(
    kind: ContentKind,
    w: { id: string; baseVersion: number; changeId: string; editedBy: string; content: object },
  ) {
    const done = byChange.get(w.changeId);
    if (done) return done;
    const k = `${kind}:${w.id}`;
    const result: Result = conflictOf(k, w.baseVersion) ?? {
      status: 'saved',
      version: w.baseVersion + 1,
      item: {
        ...w.content,
        version: w.baseVersion + 1,
        updatedAt: clock.now().toISOString(),
        updatedBy: w.editedBy,
      },
    };
    if (result.status === 'saved') items.set(k, result.item as Stored);
    byChange.set(w.changeId, result);
    return result;
  }
  function remove(kind: ContentKind, w: { id: string; baseVersion: number; changeId: string }) {
    const done = byChange.get(w.changeId);
    if (done) return done;
    const k = `${kind}:${w.id}`;
    const result: Result = conflictOf(k, w.baseVersion) ?? { status: 'removed' };
    if (result.status === 'removed') items.delete(k);
    byChange.set(w.changeId, result);
    return result;
  }

  const api: StaffCentral = {
    async putNotice(w) {
      down('putNotice');
      return put('notice', w) as Exclude<Result, { status: 'removed' }>;
    },
    async putAnnouncement(w) {
      down('putAnnouncement');
      return put('announcement', w) as Exclude<Result, { status: 'removed' }>;
    },
    async removeNotice(w) {
      down('removeNotice');
      return remove('notice', w) as Exclude<Result, { status: 'saved' }>;
    },
    async removeAnnouncement(w) {
      down('removeAnnouncement');
      return remove('announcement', w) as Exclude<Result, { status: 'saved' }>;
    },
    async postAuditEvents({ events }) {
      down('postAuditEvents');
      let accepted = 0;
      for (const e of events) {
        if (audit.has(e.id)) continue;
        audit.set(e.id, e);
        accepted += 1;
      }
      return { accepted };
    },
  };
  return {
    api,
    items,
    audit,
    calls,
    setOnline(value: boolean) {
      online = value;
    },
    /** Another kiosk (or the back office) changes an item. */
    editElsewhere(kind: ContentKind, id: string, change: Record<string, unknown>) {
      const k = `${kind}:${id}`;
      const before = items.get(k);
      if (!before) throw new Error(`no ${k}`);
      items.set(k, { ...before, ...change, version: before.version + 1, updatedBy: 'back-office' });
    },
  };
}
