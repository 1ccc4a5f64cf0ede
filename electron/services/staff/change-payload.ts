// The outbox payload of a staff change (kinds content.put / content.remove) and of an audit
// event (audit.events): written by the staff side, read back by its outbox handlers.
import { z } from 'zod';

export const ContentChangePayload = z.object({
  kind: z.enum(['notice', 'announcement']),
  id: z.string().min(1),
  baseVersion: z.number().int().nonnegative(),
  changeId: z.string().min(1),
  editedBy: z.string().min(1),
  /** The new content (validated when saved), or null for a removal. */
  content: z.record(z.string(), z.unknown()).nullable(),
  /**
   * The change still queued that this one was made on top of (see content-edits.ts): it is sent on
   * the base that change leaves, and never over a conflict that change met.
   */
  after: z.string().min(1).optional(),
});
export type ContentChangePayload = z.infer<typeof ContentChangePayload>;

export const AuditEventPayload = z.object({
  id: z.string().min(1),
  at: z.string(),
  staffId: z.string().nullable(),
  action: z.string().min(1),
  target: z.string().nullable(),
  summary: z.string(),
});
export type AuditEventPayload = z.infer<typeof AuditEventPayload>;
