// Ticket jobs for the printing tests: real hall and service names, a followUrl as the QR payload.
import type { TicketPrintJob } from '../../../electron/services/printing/types';

export const socialAssistance: TicketPrintJob = {
  hallName: { 'zh-CN': '徐家汇街道社区事务受理服务中心', en: 'Xujiahui Community Affairs Service Center' },
  serviceName: { 'zh-CN': '社会救助', en: 'Social assistance' },
  number: 'C015',
  kind: 'normal',
  appointmentTime: null,
  peopleAhead: 4,
  estimatedWaitMinutes: 12,
  approximate: false,
  issuedAt: new Date('2025-03-03T02:15:00Z'),
  qrPayload: 'http://127.0.0.1:4100/q/6f1c2a4e-9b7d-4c3e-8a51-0d2f6b9e7c13',
  materials: [
    {
      'zh-CN': '申请人居民身份证、户口簿原件及复印件',
      en: 'ID card and household register, originals and copies',
    },
    { 'zh-CN': '家庭收入及财产状况声明', en: 'Statement of household income and assets' },
    { 'zh-CN': '最低生活保障申请书（签字）', en: 'Signed application for minimum living allowance' },
    { 'zh-CN': '残疾证（如有）', en: 'Disability certificate (if any)' },
  ],
  offline: false,
  paperWidth: 80,
};
