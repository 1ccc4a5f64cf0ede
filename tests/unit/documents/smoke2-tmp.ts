import { renderNoticePdf } from '../../../electron/services/documents/notice-pdf';
import { longView } from './support/notice-views';

const v = longView('residence-permit', 2);
for (let i = 0; i < 12; i++) {
  const t0 = performance.now();
  const pdf = await renderNoticePdf(v, 'zh-CN', { hallName: '示范街道社区事务受理服务中心' });
  console.log(Math.round(performance.now() - t0), 'ms', pdf.length);
}
