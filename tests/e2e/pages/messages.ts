// The renderer's own message files, so page models find controls by the names residents see.
import type { Locale } from '../../../electron/api';
import en from '../../../renderer/src/i18n/en.json';
import zhCN from '../../../renderer/src/i18n/zh-CN.json';

const MESSAGES: Record<Locale, unknown> = { 'zh-CN': zhCN, en };

/** The message at a dotted key, with `{{name}}` placeholders filled in. */
export function text(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
