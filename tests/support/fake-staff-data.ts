// Staff-side data for the renderer tests' fake KioskApi: notices as stored (raw Markdown, the same
// ids as tests/support/fake-notices-data.ts), announcements, accounts and the device page.
import type { DeviceStatus } from '../../electron/api';
import type { Announcement, Notice } from '../../electron/notice-model';

const line = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const HALL = line(
  '平安街道社区事务受理服务中心（平安路 100 号）',
  '100 Ping’an Road, Community Affairs Service Center',
);
const HOURS = line('周一至周五 8:30–11:30，13:30–17:00', 'Mon–Fri 8:30–11:30 and 13:30–17:00');

export interface FakeStaffAccount {
  id: string;
  name: string;
  /** Known to the fake only; the real kiosk keeps a salted hash. */
  pin: string;
}

export const FAKE_STAFF_ACCOUNTS: FakeStaffAccount[] = [
  { id: 'wang-li', name: '王丽', pin: '246810' },
  { id: 'zhang-wei', name: '张伟', pin: '135790' },
];

export function residencePermitSource(): Notice {
  return {
    id: 'residence-permit',
    serviceId: 'residence-permit',
    area: 'residence',
    title: line('居住证申领', 'Applying for a residence permit'),
    matterType: 'public-service',
    legalBasis: [
      {
        rank: 'administrative-regulation',
        title: line('《居住证暂行条例》', 'Interim Regulations on Residence Permits'),
        article: line('第二条、第九条', 'Articles 2 and 9'),
      },
      {
        rank: 'local-rule',
        title: line('《上海市居住证管理办法》', 'Shanghai Measures on Residence Permits'),
        article: line('第八条', 'Article 8'),
      },
    ],
    eligibility: line(
      '在本街道居住登记满 **半年**，并符合下列条件之一：\n\n- 有合法稳定就业；\n- 有合法稳定住所。',
      'Your residence has been registered here for **six months**, and one of these holds:\n\n- lawful, stable employment;\n- a lawful, stable home.',
    ),
    materials: [
      {
        name: line('居民身份证', 'Resident identity card'),
        form: 'original',
        copies: 1,
        notes: null,
        formId: null,
      },
      {
        name: line('居住登记凭证或租赁合同', 'Residence registration slip or tenancy agreement'),
        form: 'original-and-copy',
        copies: 1,
        notes: line('租赁合同须已备案。', 'The tenancy agreement must be registered.'),
        formId: null,
      },
    ],
    steps: [
      line('到本中心取号，在窗口提交材料。', 'Take a number and hand in your documents at the counter.'),
      line(
        '凭**收件回执**到原窗口领取居住证。',
        'Collect the permit at the same counter with your **receipt**.',
      ),
    ],
    timeLimit: { kind: 'working-days', days: 15 },
    fee: { kind: 'free' },
    place: {
      address: HALL,
      windows: line('一楼 B 区 4–5 号窗口', 'Ground floor, area B, counters 4–5'),
      hours: HOURS,
    },
    consultationPhone: '021-5555 0101',
    complaintPhone: '12345',
    faq: [
      {
        question: line('可以请别人代办吗？', 'Can someone apply for me?'),
        answer: line('可以。代办人须带双方身份证原件。', 'Yes. They bring both identity cards (originals).'),
      },
    ],
    formIds: ['residence-permit-application'],
    version: 3,
    updatedAt: '2026-03-02T01:30:00.000Z',
    updatedBy: 'zhang-wei',
  };
}

export function unemploymentSource(): Notice {
  return {
    ...residencePermitSource(),
    id: 'unemployment-registration',
    serviceId: 'social-security',
    area: 'labour-social-security',
    title: line('失业登记', 'Unemployment registration'),
    matterType: 'administrative-confirmation',
    legalBasis: [
      {
        rank: 'law',
        title: line('《中华人民共和国就业促进法》', 'Employment Promotion Law'),
        article: line('第三十五条', 'Article 35'),
      },
    ],
    eligibility: line(
      '本市户籍、处于失业状态的劳动年龄人员。',
      'Residents of working age who are out of work.',
    ),
    timeLimit: { kind: 'same-day' },
    formIds: [],
    faq: [],
    version: 1,
    updatedAt: '2026-02-10T02:00:00.000Z',
    updatedBy: null,
  };
}

export function fakeStaffAnnouncement(id: string, zh: string, en: string): Announcement {
  const now = Date.now();
  return {
    id,
    priority: 'important',
    text: line(zh, en),
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 6 * 3_600_000).toISOString(),
    version: 1,
    updatedAt: new Date(now - 3_600_000).toISOString(),
    updatedBy: 'wang-li',
  };
}

export function fakeDeviceStatus(): DeviceStatus {
  return {
    kioskId: 'kiosk-test-01',
    appVersion: '0.0.0-test',
    ticketPrinter: { status: 'paper-near-end', checkedAt: new Date().toISOString() },
    a4Printer: { queue: 'hall-a4', state: 'idle' },
    central: { reachable: false, lastSyncAt: '2026-03-02T01:35:00.000Z' },
    outboxDepth: 3,
    outboxRejected: 1,
    contentAsOf: '2026-03-02T01:35:00.000Z',
    refusedContent: {
      count: 12,
      items: [
        {
          kind: 'notice',
          id: 'minimum-living-allowance',
          field: 'steps.2.zh-CN',
          reason: 'Markdown nested too deep (lists at most 3 levels)',
          refusedAt: '2026-03-02T01:35:00.000Z',
        },
      ],
    },
    disk: { path: '/var/lib/hall-kiosk', freeBytes: 12.5 * 1024 ** 3, totalBytes: 64 * 1024 ** 3 },
  };
}
