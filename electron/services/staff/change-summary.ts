// The audit log's "what changed": the top-level fields of a draft that differ from the version it
// was based on, and the version step, e.g. "materials, timeLimit (v3 → v4)".
import { isDeepStrictEqual } from 'node:util';

/** Fields of a stored item that are not content (they change on every save). */
const NOT_CONTENT = new Set(['version', 'updatedAt', 'updatedBy']);

export function changedFields(base: unknown, draft: Record<string, unknown>): string[] {
  if (base === null || typeof base !== 'object') return Object.keys(draft);
  const before = base as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(draft)]);
  return [...keys].filter((k) => !NOT_CONTENT.has(k) && !isDeepStrictEqual(before[k], draft[k])).sort();
}

export function saveSummary(base: unknown, draft: Record<string, unknown>, baseVersion: number): string {
  if (baseVersion === 0) return 'created (v1)';
  const fields = changedFields(base, draft);
  const what = fields.length > 0 ? fields.join(', ') : 'no field changed';
  return `${what} (v${baseVersion} → v${baseVersion + 1})`;
}

export const removeSummary = (baseVersion: number) => `removed (v${baseVersion})`;
