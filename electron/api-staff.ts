// KioskApi: the staff side (hidden entry → PIN → notices, announcements, conflicts, audit log,
// device page). Every staff procedure takes the sessionId that staff.login returned; the main
// process ends a session after its idle time (STAFF_SESSION_ENDED), whatever the renderer does.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { kioskErrors } from './api-constants';
import { LocalizedRich } from './api-notices';
import { Announcement, Notice, NoticeId } from './notice-model';

export const StaffAccountSummary = z.object({ id: z.string(), name: z.string() });
export type StaffAccountSummary = z.infer<typeof StaffAccountSummary>;

export const StaffSession = z.object({
  sessionId: z.string(),
  staff: StaffAccountSummary,
  /** The session ends after this many seconds without a staff call. */
  idleSeconds: z.number().int().positive(),
});
export type StaffSession = z.infer<typeof StaffSession>;

const session = z.object({ sessionId: z.string().min(1).max(100) });
const ended = { STAFF_SESSION_ENDED: kioskErrors.STAFF_SESSION_ENDED };

/** Why a field of a draft is refused; the renderer words it in the staff member's language. */
export const FieldIssueCode = z.enum([
  'required',
  'too-long',
  'too-many',
  'too-few',
  'format',
  'order', // legal basis not highest-ranking first
  'markdown-too-deep',
  'end-before-start',
  'unknown-service',
  'invalid',
]);
export type FieldIssueCode = z.infer<typeof FieldIssueCode>;
export const FieldIssue = z.object({
  /** Path in the draft, e.g. ["materials", 2, "name", "en"]. */
  path: z.array(z.union([z.string(), z.number()])),
  code: FieldIssueCode,
  /** The limit crossed (characters, items, depth), when there is one. */
  limit: z.number().nullable(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/**
 * What happened to a staff change. saved: the central API has it (new version). queued: the
 * central API is unreachable; it waits in the outbox and the kiosk shows it meanwhile.
 * conflict: someone changed the item since this edit began; see staff.conflicts.
 * invalid: nothing was saved; the issues say why.
 */
export const SaveResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), version: z.number().int() }),
  z.object({ status: z.literal('queued') }),
  z.object({ status: z.literal('conflict'), conflictId: z.string() }),
  z.object({ status: z.literal('invalid'), issues: z.array(FieldIssue).min(1) }),
]);
export type SaveResult = z.infer<typeof SaveResult>;

export const ContentConflict = z.object({
  id: z.string(),
  kind: z.enum(['notice', 'announcement']),
  itemId: NoticeId,
  /** The staff member whose change met the conflict, and when it was found. */
  staffId: z.string(),
  detectedAt: z.string(),
  /** The change made on this kiosk (null: it removed the item). */
  mine: z.unknown(),
  /** What the central API has now (null: removed there). */
  theirs: z.unknown(),
  baseVersion: z.number().int(),
});
export type ContentConflict = z.infer<typeof ContentConflict>;

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'locked-out',
  'logout',
  'session-expired',
  'notice-saved',
  'notice-removed',
  'announcement-saved',
  'announcement-removed',
  'conflict-detected',
  'conflict-resolved',
] as const;
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  kioskId: z.string(),
  /** null for a failed sign-in before an account was known. */
  staffId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** The notice or announcement id, when the action is about one. */
  target: z.string().nullable(),
  /** What changed, e.g. "materials, timeLimit (v3 → v4)". */
  summary: z.string(),
  /** Handed over to the central API's audit log. */
  synced: z.boolean(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const DeviceStatus = z.object({
  kioskId: z.string(),
  appVersion: z.string(),
  ticketPrinter: z.object({
    status: z.enum(['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'error', 'unknown']),
    checkedAt: z.string().nullable(),
  }),
  /** The A4 queue name (null: none configured) and what `lpstat` says of it. */
  a4Printer: z.object({ queue: z.string().nullable(), state: z.string() }),
  central: z.object({ reachable: z.boolean(), lastSyncAt: z.string().nullable() }),
  outboxDepth: z.number().int().nonnegative(),
  /** Items the central API refused, kept with their reason. */
  outboxRejected: z.number().int().nonnegative(),
  contentAsOf: z.string().nullable(),
  /**
   * Items the central system sent that the kiosk refused (residents see the last good version, or
   * nothing): how many, and the newest few with where and why.
   */
  refusedContent: z.object({
    count: z.number().int().nonnegative(),
    items: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        field: z.string(),
        reason: z.string(),
        refusedAt: z.string(),
      }),
    ),
  }),
  disk: z.object({ path: z.string(), freeBytes: z.number(), totalBytes: z.number() }),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

/** Checking, saving and removing an item: the same procedures for notices and announcements. */
const itemEditing = () => ({
  /** Checks a draft without saving: the same rules as save. */
  validate: oc
    .errors(ended)
    .input(session.extend({ draft: z.unknown() }))
    .output(z.object({ issues: z.array(FieldIssue) })),
  /** baseVersion 0 creates the item. */
  save: oc
    .errors(ended)
    .input(session.extend({ baseVersion: z.number().int().nonnegative(), draft: z.unknown() }))
    .output(SaveResult),
  remove: oc
    .errors(ended)
    .input(session.extend({ id: NoticeId, baseVersion: z.number().int().positive() }))
    .output(SaveResult),
});

export const staffContract = {
  staff: {
    /** The staff accounts (id and name) to choose from before the PIN. */
    accounts: oc.output(z.object({ accounts: z.array(StaffAccountSummary) })),
    /** Five wrong PINs on this kiosk lock sign-in for the configured time (kept across restarts). */
    login: oc
      .errors({
        PIN_REJECTED: { ...kioskErrors.PIN_REJECTED, data: z.object({ attemptsLeft: z.number().int() }) },
        STAFF_LOCKED: { ...kioskErrors.STAFF_LOCKED, data: z.object({ until: z.string() }) },
      })
      .input(z.object({ accountId: z.string().max(40), pin: z.string().max(32) }))
      .output(StaffSession),
    logout: oc.input(session).output(z.object({ ok: z.literal(true) })),
    /** Renders Markdown as residents will see it (live preview), or says why it is refused. */
    preview: oc
      .errors(ended)
      .input(session.extend({ markdown: z.string().max(20_000) }))
      .output(z.object({ rich: LocalizedRich.shape['zh-CN'].nullable(), issue: FieldIssue.nullable() })),
    notices: {
      /** The notice as stored (Markdown source), with a change of this kiosk still waiting. */
      get: oc
        .errors({ ...ended, NOTICE_NOT_FOUND: kioskErrors.NOTICE_NOT_FOUND })
        .input(session.extend({ id: NoticeId }))
        .output(z.object({ notice: Notice, pending: z.boolean() })),
      ...itemEditing(),
    },
    announcements: {
      /** All announcements, past, current and future. */
      list: oc
        .errors(ended)
        .input(session)
        .output(z.object({ announcements: z.array(Announcement) })),
      ...itemEditing(),
    },
    conflicts: {
      list: oc
        .errors(ended)
        .input(session)
        .output(z.object({ conflicts: z.array(ContentConflict) })),
      /** mine: send this kiosk's change again on top of theirs; theirs: drop this kiosk's change. */
      resolve: oc
        .errors(ended)
        .input(session.extend({ conflictId: z.string(), keep: z.enum(['mine', 'theirs']) }))
        .output(SaveResult),
    },
    audit: {
      list: oc
        .errors(ended)
        .input(session.extend({ limit: z.number().int().min(1).max(500).default(100) }))
        .output(z.object({ entries: z.array(AuditEntry) })),
    },
    device: {
      status: oc.errors(ended).input(session).output(DeviceStatus),
    },
    ime: {
      /** Chinese candidates for pinyin typed on the on-screen keyboard (v for ü). */
      candidates: oc
        .errors(ended)
        .input(session.extend({ pinyin: z.string().regex(/^[a-z]{1,32}$/) }))
        .output(
          z.object({
            candidates: z.array(
              z.object({
                text: z.string(),
                /** How many letters of the input the candidate uses. */
                consumed: z.number().int().positive(),
              }),
            ),
          }),
        ),
    },
  },
};
