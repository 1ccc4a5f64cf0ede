// NoticeViews for the document tests, built the way the kiosk builds them: a fixture notice
// (fixtures/notices) checked by the content model, then toNoticeView.
import { readFileSync } from 'node:fs';
import type { NoticeView } from '../../../../electron/api';
import { Notice, NoticeContent } from '../../../../electron/notice-model';
import { toNoticeView } from '../../../../electron/services/notices/notice-view';

export const PUBLIC_URL = 'https://notices.hall.example';
export const HALL_NAME = {
  'zh-CN': '示范街道社区事务受理服务中心',
  en: 'Demo Community Affairs Service Hall',
};

export function fixtureNotice(id: string): Notice {
  const raw = JSON.parse(
    readFileSync(new URL(`../../../../fixtures/notices/${id}.json`, import.meta.url), 'utf8'),
  );
  const content = NoticeContent.parse(raw);
  return Notice.parse({
    ...content,
    version: 3,
    updatedAt: raw.updatedAt ?? '2026-11-18T01:00:00.000Z',
    updatedBy: null,
  });
}

export function viewOf(notice: Notice): NoticeView {
  return toNoticeView(notice, {
    serviceName: () => ({ 'zh-CN': '居住证办理', en: 'Residence permits' }),
    formTitle: (id) => ({ 'zh-CN': `表格 ${id}`, en: `Form ${id}` }),
    publicUrl: PUBLIC_URL,
  });
}

export function fixtureView(id = 'residence-permit'): NoticeView {
  return viewOf(fixtureNotice(id));
}

/** The notice made long: every step, material and FAQ entry repeated, numbered apart. */
export function longView(id = 'residence-permit', times = 4): NoticeView {
  const view = fixtureView(id);
  const repeat = <T>(list: T[], mark: (item: T, n: number) => T) =>
    Array.from({ length: times }, (_, n) => list.map((item) => mark(item, n + 1))).flat();
  return {
    ...view,
    steps: repeat(view.steps, (s) => s),
    faq: repeat(view.faq, (f, n) => ({
      ...f,
      question: { 'zh-CN': `${f.question['zh-CN']}（${n}）`, en: `${f.question.en} (${n})` },
    })),
    materials: repeat(view.materials, (m, n) => ({
      ...m,
      name: { 'zh-CN': `${m.name['zh-CN']}（${n}）`, en: `${m.name.en} (${n})` },
    })),
  };
}
