// Realistic staff drafts: a complete unemployment-registration notice and a hall announcement.
import type { AnnouncementContent, NoticeContent } from '../../../../electron/notice-model';

export function unemploymentNotice(): NoticeContent {
  return {
    id: 'unemployment-registration',
    serviceId: 'employment',
    area: 'labour-social-security',
    title: { 'zh-CN': '失业登记', en: 'Unemployment registration' },
    matterType: 'public-service',
    legalBasis: [
      {
        rank: 'law',
        title: { 'zh-CN': '《中华人民共和国就业促进法》', en: 'Employment Promotion Law of the PRC' },
        article: { 'zh-CN': '第三十五条', en: 'Article 35' },
      },
      {
        rank: 'departmental-rule',
        title: {
          'zh-CN': '《就业服务与就业管理规定》',
          en: 'Provisions on Employment Services and Management',
        },
        article: { 'zh-CN': '第六十三条', en: 'Article 63' },
      },
    ],
    eligibility: {
      'zh-CN': '法定劳动年龄内、有劳动能力和就业要求、处于无业状态的本市户籍人员及常住人员。',
      en: 'Residents of working age who can work, want work and have none.',
    },
    materials: [
      {
        name: { 'zh-CN': '居民身份证', en: 'Resident identity card' },
        form: 'original',
        copies: 1,
        notes: null,
        formId: null,
      },
      {
        name: { 'zh-CN': '解除或终止劳动合同证明', en: 'Proof that the labour contract ended' },
        form: 'copy',
        copies: 1,
        notes: {
          'zh-CN': '由原单位出具，须**加盖公章**。',
          en: 'Issued by the former employer, **stamped**.',
        },
        formId: null,
      },
    ],
    steps: [
      { 'zh-CN': '在自助机取号，到综合窗口提交材料。', en: 'Take a number and hand in the materials.' },
      { 'zh-CN': '窗口核验后当场办结。', en: 'The window checks them and registers you on the spot.' },
    ],
    timeLimit: { kind: 'same-day' },
    fee: { kind: 'free' },
    place: {
      address: { 'zh-CN': '徐汇区某某路100号一楼', en: '1F, 100 Moumou Road, Xuhui' },
      windows: { 'zh-CN': '3号、4号窗口', en: 'Windows 3 and 4' },
      hours: { 'zh-CN': '周一至周五 9:00-17:00', en: 'Mon-Fri 9:00-17:00' },
    },
    consultationPhone: '021-12345678',
    complaintPhone: '12345',
    faq: [
      {
        question: { 'zh-CN': '可以委托他人办理吗？', en: 'Can someone apply for me?' },
        answer: { 'zh-CN': '不可以，须本人到场。', en: 'No, you must come in person.' },
      },
    ],
    formIds: [],
  };
}

export function windowClosedAnnouncement(): AnnouncementContent {
  return {
    id: 'window-3-closed',
    priority: 'important',
    text: { 'zh-CN': '3 号窗口今天下午暂停服务', en: 'Window 3 is closed this afternoon' },
    startsAt: '2026-11-26T12:00:00+08:00',
    endsAt: '2026-11-26T17:00:00+08:00',
  };
}
