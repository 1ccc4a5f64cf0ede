// An issue's path in words for the summary, e.g. ["materials", 1, "name", "en"] →
// "申请材料 · 第 2 项 · 材料名称（英文）".
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../../electron/api';

/** Label keys of nested fields, by their path without item numbers and languages. */
const NESTED_LABELS: Record<string, string> = {
  'legalBasis.rank': 'rank',
  'legalBasis.title': 'lawTitle',
  'legalBasis.article': 'article',
  'materials.name': 'materialName',
  'materials.form': 'materialForm',
  'materials.copies': 'copies',
  'materials.notes': 'notes',
  'materials.formId': 'formId',
  'faq.question': 'question',
  'faq.answer': 'answer',
  'place.address': 'address',
  'place.windows': 'windows',
  'place.hours': 'hours',
  'fee.kind': 'feeKind',
  'fee.amount': 'amount',
  'fee.basis': 'feeBasis',
  'timeLimit.kind': 'timeLimitKind',
  'timeLimit.days': 'days',
};

const TOP_LABELS: Record<string, string> = { serviceId: 'service', startsAt: 'startsAt', endsAt: 'endsAt' };

export function issueFieldName(t: TFunction, issue: FieldIssue): string {
  const names = issue.path.filter((p): p is string => typeof p === 'string' && p !== 'zh-CN' && p !== 'en');
  const [top, ...rest] = names;
  if (top === undefined) return t('staff.editor.wholeItem');
  const parts = [t(`staff.field.${TOP_LABELS[top] ?? top}`)];
  const index = issue.path.find((p): p is number => typeof p === 'number');
  if (index !== undefined) parts.push(t('staff.editor.itemN', { n: index + 1 }));
  const nested = NESTED_LABELS[[top, ...rest].join('.')];
  if (nested) parts.push(t(`staff.field.${nested}`));
  const language = issue.path.find((p) => p === 'zh-CN' || p === 'en');
  const text = parts.join(' · ');
  return language
    ? t(language === 'zh-CN' ? 'staff.lang.labelZh' : 'staff.lang.labelEn', { label: text })
    : text;
}
