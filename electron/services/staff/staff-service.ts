// The staff side as one service: sign-in and sessions, drafts, saves and conflicts, the audit log,
// the device page. Created once at boot (sessions live in its memory); staff-procedures.ts serves
// it over the KioskApi, and createStaffOutboxHandlers (outbox-handlers.ts) delivers its changes.
import type { DeviceStatus, FieldIssue } from '../../api';
import { Announcement, Notice } from '../../notice-model';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import type { StaffRecords } from '../store/staff-records';
import { type AuditTrail, createAuditTrail } from './audit-trail';
import { type ContentEdits, createContentEdits } from './content-edits';
import { type DeviceStatusDeps, readDeviceStatus } from './device-status';
import { checkAnnouncementDraft, checkNoticeDraft } from './draft-validation';
import { createPinyinIme, type ImeCandidate } from './pinyin-ime';
import type { ContentKind, StaffContentPort } from './ports';
import { createStaffAuth, type StaffAccountConfig, type StaffAuth } from './staff-auth';
import { editableItem } from './stored-items';

export interface StaffServiceOptions {
  kioskId: string;
  appVersion: string;
  /** config.staff: accounts, maxFailedPins, lockoutMinutes, sessionIdleSeconds. */
  staff: {
    accounts: readonly StaffAccountConfig[];
    maxFailedPins: number;
    lockoutMinutes: number;
    sessionIdleSeconds: number;
  };
  store: Pick<KioskStore, 'outbox' | 'transaction'>;
  /** store.staff */
  records: StaffRecords;
  /** store.content */
  content: StaffContentPort;
  clock: Clock;
  /** Hands the outbox over now: sync.syncNow. */
  deliverNow(): Promise<unknown>;
  /** Service ids of the catalog (catalog.services()?.map(s => s.id) ?? null). */
  serviceIds(): readonly string[] | null;
  device: Omit<DeviceStatusDeps, 'kioskId' | 'appVersion' | 'store'>;
  /** The zh-CN texts the IME learns words from (notices and announcements); read at the first sign-in. */
  imeCorpus?: () => string[];
  /** Changes whenever that corpus does (the content store's revision). */
  imeRevision?: () => number;
  log?: { warn(obj: object, msg: string): void };
}

export interface StaffService {
  auth: StaffAuth;
  edits: ContentEdits;
  audit: AuditTrail;
  /** The same checks as save, without saving. */
  validate(kind: ContentKind, draft: unknown): FieldIssue[];
  /** The notice as stored, or null; pending: a change of this kiosk still waits for the central API. */
  getNotice(id: string): { notice: Notice; pending: boolean } | null;
  listAnnouncements(): Announcement[];
  deviceStatus(): Promise<DeviceStatus>;
  /** Pinyin → Chinese candidates for the on-screen keyboard (waits while the table is being built). */
  candidates(pinyin: string): Promise<ImeCandidate[]>;
}

export function createStaffService(opts: StaffServiceOptions): StaffService {
  const { store, records, content, clock } = opts;
  const audit = createAuditTrail({ kioskId: opts.kioskId, store, records, clock });
  const auth = createStaffAuth({ ...opts.staff, records, audit, clock });
  const edits = createContentEdits({
    store,
    records,
    content,
    audit,
    clock,
    deliverNow: opts.deliverNow,
    serviceIds: opts.serviceIds,
  });
  const ime = createPinyinIme(opts.imeCorpus ?? (() => []), { revision: opts.imeRevision });
  // Staff who sign in are about to edit: build the candidate table now, in the background (again
  // only if the content changed since the last build, so that new words are offered).
  const prepareIme = () =>
    ime.prepare().catch((error: unknown) => opts.log?.warn({ err: error }, 'pinyin IME table not built'));

  return {
    auth: {
      ...auth,
      async login(accountId, pin) {
        const result = await auth.login(accountId, pin);
        if (result.status === 'signed-in') void prepareIme();
        return result;
      },
    },
    edits,
    audit,
    validate: (kind, draft) =>
      kind === 'notice'
        ? checkNoticeDraft(draft, { serviceIds: opts.serviceIds() }).issues
        : checkAnnouncementDraft(draft).issues,
    getNotice(id) {
      const found = editableItem(Notice, content.getNotice(id));
      return found ? { notice: found.item, pending: found.pending } : null;
    },
    listAnnouncements: () =>
      content.listAnnouncements().flatMap((stored) => {
        const found = editableItem(Announcement, stored);
        return found ? [found.item] : [];
      }),
    deviceStatus: () =>
      readDeviceStatus({ ...opts.device, kioskId: opts.kioskId, appVersion: opts.appVersion, store }),
    candidates: (pinyin) => ime.candidates(pinyin),
  };
}
