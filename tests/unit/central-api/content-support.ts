// Small, valid notices and announcements for the central API's content tests, and a caller that
// checks every answer against openapi.yaml (tests/support/openapi-validator.ts).
import { randomUUID } from 'node:crypto';
import type { AnnouncementContent, NoticeContent } from '../../../electron/notice-model';
import { createOpenApiValidator } from '../../support/openapi-validator';
import { type Harness, SPEC_PATH } from './harness';

export const validator = createOpenApiValidator(SPEC_PATH);

/** Calls the server and checks the answer (status and body) against the contract. */
export async function call(central: Harness, method: string, path: string, body?: unknown) {
  const res = await central.request(method, path, body);
  validator.validateResponse(method, path, res.status, res.body);
  return res;
}

const both = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export function sampleNotice(id: string, overrides: Partial<NoticeContent> = {}): NoticeContent {
  return {
    id,
    serviceId: 'residence-permit',
    area: 'residence',
    title: both(`测试告知书 ${id}`, `Test notice ${id}`),
    matterType: 'public-service',
    legalBasis: [
      {
        rank: 'administrative-regulation',
        title: both('《居住证暂行条例》', 'Interim Regulations'),
        article: both('第九条', 'Article 9'),
      },
    ],
    eligibility: both('在本市居住满半年。', 'Lived here for six months.'),
    materials: [
      { name: both('居民身份证', 'Identity card'), form: 'original', copies: 1, notes: null, formId: null },
    ],
    steps: [both('到窗口提交材料。', 'Hand in the documents at a counter.')],
    timeLimit: { kind: 'working-days', days: 15 },
    fee: { kind: 'free' },
    place: {
      address: both('社区事务受理服务中心一楼', 'Ground floor of the centre'),
      windows: both('8–9 号窗口', 'Counters 8–9'),
      hours: both('周一至周五 9:00–17:00', 'Mon–Fri 9:00–17:00'),
    },
    consultationPhone: '021-5555 0100',
    complaintPhone: '12345',
    faq: [],
    formIds: [],
    ...overrides,
  };
}

export function sampleAnnouncement(
  id: string,
  overrides: Partial<AnnouncementContent> = {},
): AnnouncementContent {
  return {
    id,
    priority: 'important',
    text: both('3 号窗口今天下午暂停服务', 'Counter 3 is closed this afternoon'),
    startsAt: '2025-03-04T05:00:00.000Z',
    endsAt: '2025-03-04T09:00:00.000Z',
    ...overrides,
  };
}

/** A write by staff member `editedBy` at kiosk-1; a fresh changeId unless one is given. */
export function write(baseVersion: number, content: unknown, changeId = randomUUID(), editedBy = 'wang-li') {
  return { baseVersion, changeId, editedBy, kioskId: 'kiosk-1', content };
}

export function removal(baseVersion: number, changeId = randomUUID(), editedBy = 'wang-li') {
  return `baseVersion=${baseVersion}&changeId=${changeId}&editedBy=${editedBy}&kioskId=kiosk-1`;
}

export interface FeedPage {
  changes: {
    seq: number;
    kind: string;
    id: string;
    removed: boolean;
    item: Record<string, unknown> | null;
  }[];
  cursor: number;
  more: boolean;
}
