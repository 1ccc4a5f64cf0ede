// The notice as the editor holds it while staff type: every input's text as typed (numbers too),
// notes always present, both fee and time-limit shapes kept so switching kind loses nothing.
// toNoticeContent gives the contract's shape; the main process validates it (staff.notices.validate).
import type {
  LegalRank,
  MaterialForm,
  MatterType,
  Notice,
  NoticeArea,
} from '../../../../electron/notice-model';

export type Localized = { 'zh-CN': string; en: string };
export type Path = Array<string | number>;

export interface NoticeDraft {
  id: string;
  serviceId: string;
  area: NoticeArea;
  title: Localized;
  matterType: MatterType;
  legalBasis: Array<{ rank: LegalRank; title: Localized; article: Localized }>;
  eligibility: Localized;
  materials: Array<{ name: Localized; form: MaterialForm; copies: string; notes: Localized; formId: string }>;
  steps: Localized[];
  timeLimit: { kind: 'same-day' | 'working-days'; days: string };
  fee: { kind: 'free' | 'charged'; amount: Localized; basis: Localized };
  place: { address: Localized; windows: Localized; hours: Localized };
  consultationPhone: string;
  complaintPhone: string;
  faq: Array<{ question: Localized; answer: Localized }>;
  formIds: string;
}

export const emptyLocalized = (): Localized => ({ 'zh-CN': '', en: '' });
export const emptyLegalBasis = (): NoticeDraft['legalBasis'][number] => ({
  rank: 'law',
  title: emptyLocalized(),
  article: emptyLocalized(),
});
export const emptyMaterial = (): NoticeDraft['materials'][number] => ({
  name: emptyLocalized(),
  form: 'original',
  copies: '1',
  notes: emptyLocalized(),
  formId: '',
});
export const emptyFaq = (): NoticeDraft['faq'][number] => ({
  question: emptyLocalized(),
  answer: emptyLocalized(),
});

export function emptyNoticeDraft(): NoticeDraft {
  return {
    id: '',
    serviceId: '',
    area: 'general',
    title: emptyLocalized(),
    matterType: 'public-service',
    legalBasis: [emptyLegalBasis()],
    eligibility: emptyLocalized(),
    materials: [emptyMaterial()],
    steps: [emptyLocalized()],
    timeLimit: { kind: 'same-day', days: '' },
    fee: { kind: 'free', amount: emptyLocalized(), basis: emptyLocalized() },
    place: { address: emptyLocalized(), windows: emptyLocalized(), hours: emptyLocalized() },
    consultationPhone: '',
    complaintPhone: '',
    faq: [],
    formIds: '',
  };
}

export function noticeToDraft(n: Notice): NoticeDraft {
  return {
    id: n.id,
    serviceId: n.serviceId,
    area: n.area,
    title: { ...n.title },
    matterType: n.matterType,
    legalBasis: n.legalBasis.map((b) => ({ rank: b.rank, title: { ...b.title }, article: { ...b.article } })),
    eligibility: { ...n.eligibility },
    materials: n.materials.map((m) => ({
      name: { ...m.name },
      form: m.form,
      copies: String(m.copies),
      notes: m.notes ? { ...m.notes } : emptyLocalized(),
      formId: m.formId ?? '',
    })),
    steps: n.steps.map((s) => ({ ...s })),
    timeLimit: {
      kind: n.timeLimit.kind,
      days: n.timeLimit.kind === 'working-days' ? String(n.timeLimit.days) : '',
    },
    fee:
      n.fee.kind === 'charged'
        ? { kind: 'charged', amount: { ...n.fee.amount }, basis: { ...n.fee.basis } }
        : { kind: 'free', amount: emptyLocalized(), basis: emptyLocalized() },
    place: { address: { ...n.place.address }, windows: { ...n.place.windows }, hours: { ...n.place.hours } },
    consultationPhone: n.consultationPhone,
    complaintPhone: n.complaintPhone,
    faq: n.faq.map((f) => ({ question: { ...f.question }, answer: { ...f.answer } })),
    formIds: n.formIds.join(', '),
  };
}

/** A number as typed; left out when empty so that the check says "required", not "invalid". */
const numberOf = (typed: string) => (typed.trim() === '' ? undefined : Number(typed.trim()));
const isBlank = (text: Localized) => text['zh-CN'].trim() === '' && text.en.trim() === '';

/** The contract's NoticeContent shape (unchecked: staff.notices.validate says what is wrong). */
export function toNoticeContent(d: NoticeDraft): unknown {
  return {
    ...d,
    materials: d.materials.map((m) => ({
      ...m,
      copies: numberOf(m.copies),
      notes: isBlank(m.notes) ? null : m.notes,
      formId: m.formId.trim() === '' ? null : m.formId.trim(),
    })),
    timeLimit:
      d.timeLimit.kind === 'same-day'
        ? { kind: 'same-day' }
        : { kind: 'working-days', days: numberOf(d.timeLimit.days) },
    fee: d.fee.kind === 'free' ? { kind: 'free' } : d.fee,
    formIds: d.formIds
      .split(/[,，\s]+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  };
}

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) node = (node as Record<string | number, unknown> | undefined)?.[part];
  return node;
}

/** A copy of `root` with the value at `path` replaced (objects and arrays copied along the path). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...Path];
  const node = root as unknown as Record<string | number, unknown>;
  const copy = (Array.isArray(root) ? [...root] : { ...node }) as Record<string | number, unknown>;
  copy[head] = setIn(node[head], rest, value);
  return copy as T;
}

/** The list with item `index` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}
