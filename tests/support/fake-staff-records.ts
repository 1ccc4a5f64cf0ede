// How the fake staff side writes, as the real service does: a conflict against the central item,
// an audit entry for every change, and a valid item stored the way `saveMode` says.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, ContentConflict, SaveResult } from '../../electron/api';
import type { Notice } from '../../electron/notice-model';
import type { FakeStaff, StaffItemKind } from './fake-staff-state';

/** A conflict as the real service records one: this kiosk's change against the central item. */
export function fakeConflict(
  fake: FakeStaff,
  mine: Notice,
  theirs: Notice,
  staffId = 'wang-li',
): ContentConflict {
  const conflict: ContentConflict = {
    id: randomUUID(),
    kind: 'notice',
    itemId: theirs.id,
    staffId,
    detectedAt: new Date().toISOString(),
    mine,
    theirs,
    baseVersion: mine.version,
  };
  fake.conflicts.push(conflict);
  return conflict;
}

export function recordAudit(
  fake: FakeStaff,
  staffId: string | null,
  action: AuditEntry['action'],
  target: string | null,
  summary: string,
): void {
  fake.audit.push({
    id: randomUUID(),
    at: new Date().toISOString(),
    kioskId: fake.device.kioskId,
    staffId,
    action,
    target,
    summary,
    synced: fake.saveMode === 'saved',
  });
}

/** Stores a valid item the way saveMode says, and answers as the real service would. */
export function storeItem<T extends { id: string; version: number }>(
  fake: FakeStaff,
  kind: StaffItemKind,
  list: T[],
  item: Omit<T, 'version' | 'updatedAt' | 'updatedBy'>,
  baseVersion: number,
  staffId: string,
): SaveResult {
  const current = list.find((x) => x.id === item.id);
  const next = {
    ...item,
    version: (current?.version ?? 0) + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: staffId,
  } as unknown as T;
  if (fake.saveMode === 'conflict') {
    const conflict: ContentConflict = {
      id: randomUUID(),
      kind,
      itemId: item.id,
      staffId,
      detectedAt: new Date().toISOString(),
      mine: { ...next, version: baseVersion },
      theirs: current ?? null,
      baseVersion,
    };
    fake.conflicts.push(conflict);
    recordAudit(fake, staffId, 'conflict-detected', item.id, `${kind} v${baseVersion}`);
    return { status: 'conflict', conflictId: conflict.id };
  }
  if (current) list.splice(list.indexOf(current), 1, next);
  else list.push(next);
  recordAudit(
    fake,
    staffId,
    kind === 'notice' ? 'notice-saved' : 'announcement-saved',
    item.id,
    `v${baseVersion} → v${next.version}`,
  );
  if (fake.saveMode === 'queued') {
    fake.pending.push(item.id);
    return { status: 'queued' };
  }
  return { status: 'saved', version: next.version };
}
