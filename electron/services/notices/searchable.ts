// What search looks through for a notice: the title, and every other text of it (legal basis,
// eligibility, materials, steps, fee, place, FAQ) in both languages.
import type { LocalizedLine, Notice } from '../../notice-model';
import type { SearchableNotice } from './search';

export function searchableNotice(n: Notice): SearchableNotice {
  const texts: LocalizedLine[] = [
    ...n.legalBasis.flatMap((b) => [b.title, b.article]),
    n.eligibility,
    ...n.materials.flatMap((m) => (m.notes ? [m.name, m.notes] : [m.name])),
    ...n.steps,
    ...(n.fee.kind === 'charged' ? [n.fee.amount, n.fee.basis] : []),
    n.place.address,
    n.place.windows,
    ...n.faq.flatMap((f) => [f.question, f.answer]),
  ];
  return {
    id: n.id,
    title: n.title,
    text: {
      'zh-CN': texts.map((t) => t['zh-CN']).join('\n'),
      en: texts.map((t) => t.en).join('\n'),
    },
  };
}
