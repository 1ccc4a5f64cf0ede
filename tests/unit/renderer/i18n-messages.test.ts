import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskErrors, PrintOutcome } from '../../../electron/api';
import { messages } from '../../../renderer/src/i18n';
import { DEFAULT_LOCALE, pickLocalized, toLocale } from '../../../renderer/src/i18n/localized';

/** Every leaf of a message tree as `dotted.key -> value`. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const zh = flatten(messages['zh-CN']);
const english = flatten(messages.en);

describe('message files', () => {
  it('have the same keys in Simplified Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(zh.size).toBeGreaterThan(20);
  });

  it('have no empty or non-text values', () => {
    for (const [key, value] of [...zh, ...english]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim().length, key).toBeGreaterThan(0);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) expect(placeholders(english.get(key)), key).toEqual(placeholders(value));
  });

  it('have a message for every contract error and every print failure reason', () => {
    for (const code of Object.keys(kioskErrors)) expect(zh.has(`errors.${code}`), code).toBe(true);
    const failed = PrintOutcome.options.find((option) => option.shape.status.value === 'failed');
    const reasons = failed && 'reason' in failed.shape ? failed.shape.reason.options : [];
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(zh.has(`print.reason.${reason}`), reason).toBe(true);
  });

  it('hold the keys the screens choose at run time', () => {
    const chosen = [
      'services.closed',
      'services.opensToday',
      'services.opensTomorrow',
      'services.opensOn',
      'appointment.unavailable',
      'ticket.kind.priority',
      'ticket.kind.appointmentAt',
    ];
    for (const key of chosen) expect(zh.has(key) && english.has(key), key).toBe(true);
  });

  it('hold every key the screens ask for', () => {
    const root = resolve(import.meta.dirname, '../../../renderer/src');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g))
        used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(15);
    for (const key of used) expect(zh.has(key), key).toBe(true);
  });
});

describe('localised data', () => {
  const name = { 'zh-CN': '社会保障', en: 'Social security' };

  it('picks the current language', () => {
    expect(pickLocalized(name, 'en')).toBe('Social security');
    expect(pickLocalized(name, 'zh-CN')).toBe('社会保障');
  });

  it('falls back to Simplified Chinese for unknown language tags', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(toLocale('fr')).toBe('zh-CN');
    expect(toLocale(undefined)).toBe('zh-CN');
    expect(toLocale('en')).toBe('en');
  });
});
