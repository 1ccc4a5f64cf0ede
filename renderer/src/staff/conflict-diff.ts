// The fields in which two versions of a notice or announcement differ, each side as plain text.
import type { Locale } from '../../../electron/api';

const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy']);

function isLocalized(value: object): value is { 'zh-CN': unknown; en: unknown } {
  return 'zh-CN' in value && 'en' in value;
}

/** A field's value as readable lines (both languages, the staff member's first). */
export function valueText(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value))
    return value.length === 0
      ? '—'
      : value.map((item, i) => `${i + 1}. ${valueText(item, locale)}`).join('\n');
  if (isLocalized(value)) {
    const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    return `${String(value[locale])} / ${String(value[other])}`;
  }
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${valueText(v, locale)}`)
    .join('; ');
}

export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

/** Top-level fields that differ (a removed side counts as differing everywhere). */
export function differences(mine: unknown, theirs: unknown, locale: Locale): FieldDifference[] {
  const a = (mine ?? {}) as Record<string, unknown>;
  const b = (theirs ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !BOOKKEEPING.has(f));
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, mine: valueText(a[field], locale), theirs: valueText(b[field], locale) }));
}

/** Who last changed a side and when, when the side says so. */
export function changedBy(side: unknown): { by: string | null; at: string | null } {
  if (!side || typeof side !== 'object') return { by: null, at: null };
  const s = side as { updatedBy?: unknown; updatedAt?: unknown };
  return {
    by: typeof s.updatedBy === 'string' ? s.updatedBy : null,
    at: typeof s.updatedAt === 'string' ? s.updatedAt : null,
  };
}
