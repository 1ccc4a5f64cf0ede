// Compile-time only: the client's zod schemas must describe the same shapes as the types generated
// from central-api/openapi.yaml. If the contract changes, `npx tsc` fails here until both agree.
import type { z } from 'zod';
import type { components } from '../../../central-api/generated/schema';
import type * as M from '../../notice-model';
import type * as C from './content-schemas';
import type * as S from './schemas';

type Schemas = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type ContractChecks = [
  Assert<Same<z.infer<typeof S.Service>, Schemas['Service']>>,
  Assert<Same<z.infer<typeof S.Ticket>, Schemas['Ticket']>>,
  Assert<Same<z.infer<typeof S.QueueSummaryItem>, Schemas['QueueSummaryItem']>>,
  Assert<Same<z.infer<typeof S.CaseStatus>, Schemas['CaseStatus']>>,
  Assert<Same<z.infer<typeof S.Form>, Schemas['Form']>>,
  Assert<Same<z.infer<typeof S.NumberBlock>, Schemas['NumberBlock']>>,
  Assert<Same<S.IssueTicketInput, Schemas['IssueTicketRequest']>>,
  Assert<Same<Omit<S.HeartbeatInput, 'kioskId'>, Schemas['HeartbeatRequest']>>,
  Assert<Same<Omit<S.LeaseNumberBlockInput, 'kioskId'>, Schemas['LeaseNumberBlockRequest']>>,
  // The content model of electron/notice-model.ts and its mirror in openapi.yaml.
  Assert<Same<M.NoticeContent, Schemas['NoticeContent']>>,
  Assert<Same<M.Notice, Schemas['Notice']>>,
  Assert<Same<M.AnnouncementContent, Schemas['AnnouncementContent']>>,
  Assert<Same<M.Announcement, Schemas['Announcement']>>,
  Assert<Same<Omit<C.PutNoticeInput, 'id'>, Schemas['PutNoticeRequest']>>,
  Assert<Same<Omit<C.PutAnnouncementInput, 'id'>, Schemas['PutAnnouncementRequest']>>,
  Assert<Same<C.CentralAuditEvent, Schemas['AuditEvent']>>,
  Assert<Same<C.CentralAuditEntry, Schemas['AuditEntry']>>,
  Assert<Same<Omit<z.infer<typeof C.ContentChange>, 'item'>, Omit<Schemas['ContentChange'], 'item'>>>,
  Assert<Same<Omit<S.CheckInInput, 'code'>, Schemas['CheckInRequest']>>,
  Assert<Same<z.infer<typeof S.KioskStatus>, Schemas['KioskStatus']>>,
];
