// The contract's choices, kept here because the renderer bundle carries no zod (electron/notice-model
// holds the schemas); the `satisfies` checks fail to compile if a value is unknown.
import type {
  AnnouncementPriority,
  LegalRank,
  MaterialForm,
  MatterType,
} from '../../../../electron/notice-model';

export const MATTER_TYPE_CHOICES = [
  'administrative-licensing',
  'administrative-confirmation',
  'administrative-payment',
  'administrative-registration',
  'public-service',
  'other',
] as const satisfies readonly MatterType[];

export const LEGAL_RANK_CHOICES = [
  'law',
  'administrative-regulation',
  'local-regulation',
  'departmental-rule',
  'local-rule',
  'normative-document',
] as const satisfies readonly LegalRank[];

export const MATERIAL_FORM_CHOICES = [
  'original',
  'copy',
  'original-and-copy',
  'electronic',
] as const satisfies readonly MaterialForm[];

export const PRIORITY_CHOICES = [
  'normal',
  'important',
  'urgent',
] as const satisfies readonly AnnouncementPriority[];
