// Realistic notices and announcements for the renderer tests' fake KioskApi. Free text is written
// as the Markdown subset and parsed by the project's one parser, as the kiosk's services do.
import type { AnnouncementView, LocalizedRich, NoticeView } from '../../electron/api';
import { parseRichText } from '../../electron/services/notices/markdown/rich-text';

/** The Markdown subset as RichText; a test fixture that does not parse is a bug in the fixture. */
export function rich(zh: string, en: string): LocalizedRich {
  const parse = (source: string) => {
    const parsed = parseRichText(source);
    if (!parsed.ok) throw new Error(`fixture Markdown refused: ${source.slice(0, 40)}`);
    return parsed.rich;
  };
  return { 'zh-CN': parse(zh), en: parse(en) };
}

const line = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const HALL = line(
  '平安街道社区事务受理服务中心（平安路 100 号）',
  '100 Ping’an Road, Community Affairs Service Center',
);
const HOURS = line('周一至周五 8:30–11:30，13:30–17:00', 'Mon–Fri 8:30–11:30 and 13:30–17:00');
export const FAKE_NOTICE_BASE = 'https://notices.hall.example/n/';

export function residencePermit(): NoticeView {
  return {
    id: 'residence-permit',
    serviceId: 'residence-permit',
    serviceName: line('居住证办理', 'Residence permits'),
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
    eligibility: rich(
      '在本街道居住登记满 **半年**，并符合下列条件之一：\n\n- 有合法稳定就业；\n- 有合法稳定住所；\n- 连续就读。',
      'Your residence has been registered in this sub-district for **six months**, and one of these holds:\n\n- you have lawful, stable employment;\n- you have a lawful, stable home;\n- you study here without a break.',
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
        notes: rich('租赁合同须已备案。', 'The tenancy agreement must be registered.'),
        formId: null,
      },
      {
        name: line('居住证申领登记表', 'Residence permit application form'),
        form: 'original',
        copies: 1,
        notes: null,
        formId: 'residence-permit-application',
      },
    ],
    steps: [
      rich('到本中心取号，在窗口提交材料。', 'Take a number and hand in your documents at the counter.'),
      rich(
        '窗口当场审核，材料齐全的出具**收件回执**。',
        'The counter checks them at once and gives you a **receipt** if they are complete.',
      ),
      rich('公安部门审核制证。', 'The police authority reviews the case and makes the permit.'),
      rich('凭收件回执到原窗口领取居住证。', 'Collect the permit at the same counter with your receipt.'),
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
        answer: rich(
          '可以。代办人须带本人和申请人的身份证原件。',
          'Yes. They bring their own identity card and yours (originals).',
        ),
      },
      {
        question: line('照片要自己带吗？', 'Do I bring a photo?'),
        answer: rich('不用，窗口现场拍摄。', 'No, it is taken at the counter.'),
      },
    ],
    forms: [
      {
        id: 'residence-permit-application',
        title: line('居住证申领登记表', 'Residence permit application form'),
      },
    ],
    updatedAt: '2026-03-02T01:30:00.000Z',
    version: 3,
    onlineUrl: `${FAKE_NOTICE_BASE}residence-permit`,
  };
}

export function massTeamRegistration(): NoticeView {
  return {
    ...residencePermit(),
    id: 'mass-team-registration',
    serviceId: 'mass-teams',
    serviceName: line('群众团队备案', 'Community group registration'),
    area: 'community',
    title: line('群众团队核准备案', 'Registering a community group'),
    matterType: 'administrative-registration',
    legalBasis: [
      {
        rank: 'normative-document',
        title: line('《社区群众团队管理办法》', 'Measures on Community Groups'),
        article: line('第五条', 'Article 5'),
      },
    ],
    eligibility: rich(
      '在本社区活动、成员 **10 人以上** 的文体团队。',
      'A cultural or sports group of **10 or more members** active in this community.',
    ),
    materials: [
      {
        name: line('群众团队核准备案表', 'Community Group Registration Form'),
        form: 'original',
        copies: 2,
        notes: rich('每年复核一次。', 'Reviewed every year.'),
        formId: 'mass-team-registration',
      },
      {
        name: line('群众团队花名册', 'Group roster'),
        form: 'original',
        copies: 1,
        notes: null,
        formId: 'mass-team-roster',
      },
      {
        name: line('负责人身份证', 'Identity card of the person in charge'),
        form: 'copy',
        copies: 1,
        notes: null,
        formId: null,
      },
    ],
    steps: [
      rich('填写备案表和花名册。', 'Fill in the registration form and the roster.'),
      rich('到窗口提交，当场核对。', 'Hand them in at the counter; they are checked at once.'),
    ],
    timeLimit: { kind: 'same-day' },
    fee: { kind: 'free' },
    place: { address: HALL, windows: line('二楼 6 号窗口', 'First floor, counter 6'), hours: HOURS },
    faq: [],
    forms: [
      {
        id: 'mass-team-registration',
        title: line('群众团队核准备案表', 'Community Group Registration Form'),
      },
      { id: 'mass-team-roster', title: line('群众团队花名册', 'Group roster') },
    ],
    updatedAt: '2026-01-15T02:00:00.000Z',
    version: 1,
    onlineUrl: `${FAKE_NOTICE_BASE}mass-team-registration`,
  };
}

export function unemploymentRegistration(): NoticeView {
  return {
    ...residencePermit(),
    id: 'unemployment-registration',
    serviceId: 'social-security',
    serviceName: line('社会保障', 'Social security'),
    area: 'labour-social-security',
    title: line('失业登记', 'Registering as unemployed'),
    matterType: 'administrative-confirmation',
    legalBasis: [
      {
        rank: 'law',
        title: line('《中华人民共和国就业促进法》', 'Employment Promotion Law of the PRC'),
        article: line('第五十三条', 'Article 53'),
      },
    ],
    eligibility: rich(
      '法定劳动年龄内、有劳动能力和就业要求、处于无业状态的本市户籍或常住人员。',
      'Residents of working age, able and willing to work, who have no job.',
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
        name: line('解除劳动合同证明', 'Proof that the employment contract ended'),
        form: 'copy',
        copies: 1,
        notes: null,
        formId: null,
      },
    ],
    steps: [rich('取号，到窗口登记。', 'Take a number and register at the counter.')],
    timeLimit: { kind: 'same-day' },
    fee: {
      kind: 'charged',
      amount: line('工本费 5 元', '5 yuan for the card'),
      basis: line('沪价费〔2020〕1 号', 'Shanghai price notice 2020 No. 1'),
    },
    faq: [],
    forms: [],
    updatedAt: '2026-02-10T03:00:00.000Z',
    version: 2,
    onlineUrl: `${FAKE_NOTICE_BASE}unemployment-registration`,
  };
}

/** Full pinyin and initials the fake's search knows per notice (the real search derives them). */
export const FAKE_PINYIN: Record<string, { pinyin: string; initials: string }> = {
  'residence-permit': { pinyin: 'juzhuzhengshenling', initials: 'jzzsl' },
  'mass-team-registration': { pinyin: 'qunzhongtuanduihezhunbeian', initials: 'qztdhzba' },
  'unemployment-registration': { pinyin: 'shiyedengji', initials: 'sydj' },
};

export function fakeAnnouncement(
  id: string,
  priority: AnnouncementView['priority'],
  zh: string,
  en: string,
): AnnouncementView {
  const now = Date.now();
  return {
    id,
    priority,
    text: rich(zh, en),
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
  };
}
