// The editor's pure parts: a notice survives the round trip through the editor's draft unchanged,
// typed numbers and blank notes become what the contract wants, and hall dates and times become ISO
// times with the hall's offset (daylight saving included).
import { describe, expect, it } from 'vitest';
import { NoticeContent } from '../../../electron/notice-model';
import { differences } from '../../../renderer/src/staff/conflict-diff';
import {
  emptyNoticeDraft,
  moved,
  noticeToDraft,
  setIn,
  toNoticeContent,
} from '../../../renderer/src/staff/editor/draft';
import {
  formatHallDateTime,
  hallInputToIso,
  isoToHallInput,
} from '../../../renderer/src/staff/hall-time-input';
import { residencePermitSource } from '../../support/fake-staff-data';

describe('the notice draft', () => {
  it('gives back the stored content when nothing was changed', () => {
    const notice = residencePermitSource();
    const { version: _v, updatedAt: _a, updatedBy: _b, ...content } = notice;
    const sent = toNoticeContent(noticeToDraft(notice));
    expect(NoticeContent.parse(sent)).toEqual(content);
  });

  it('turns typed numbers into numbers, blank notes into null, and form ids into a list', () => {
    let draft = noticeToDraft(residencePermitSource());
    draft = setIn(draft, ['materials', 0, 'copies'], ' 3 ');
    draft = setIn(draft, ['materials', 1, 'notes'], { 'zh-CN': ' ', en: '' });
    draft = setIn(draft, ['timeLimit', 'days'], '20');
    draft = setIn(draft, ['formIds'], 'a-form，b-form, c-form');
    const sent = NoticeContent.parse(toNoticeContent(draft));
    expect(sent.materials[0]?.copies).toBe(3);
    expect(sent.materials[1]?.notes).toBeNull();
    expect(sent.timeLimit).toEqual({ kind: 'working-days', days: 20 });
    expect(sent.formIds).toEqual(['a-form', 'b-form', 'c-form']);
  });

  it('leaves out an empty number so that the check says "required"', () => {
    const sent = toNoticeContent(setIn(emptyNoticeDraft(), ['materials', 0, 'copies'], '')) as {
      materials: Array<Record<string, unknown>>;
    };
    expect(sent.materials[0]?.copies).toBeUndefined();
    const parsed = NoticeContent.safeParse(sent);
    expect(parsed.success).toBe(false);
  });

  it('keeps the other kind of fee and time limit while staff switch between them', () => {
    let draft = setIn(noticeToDraft(residencePermitSource()), ['fee', 'kind'], 'charged');
    draft = setIn(draft, ['fee', 'amount', 'zh-CN'], '10 元');
    draft = setIn(draft, ['fee', 'kind'], 'free');
    expect(toNoticeContent(draft)).toMatchObject({ fee: { kind: 'free' } });
    expect(draft.fee.amount['zh-CN']).toBe('10 元');
  });

  it('moves list items and copies only along the changed path', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    const draft = noticeToDraft(residencePermitSource());
    const next = setIn(draft, ['steps', 1, 'en'], 'Collect it.');
    expect(next.steps[0]).toBe(draft.steps[0]);
    expect(next.place).toBe(draft.place);
    expect(draft.steps[1]?.en).not.toBe('Collect it.');
  });
});

describe('hall time in the announcement editor', () => {
  it('writes the hall offset, also across daylight saving', () => {
    expect(hallInputToIso('2026-03-02', '14:30', 'Asia/Shanghai')).toBe('2026-03-02T14:30:00+08:00');
    expect(hallInputToIso('2026-01-15', '09:00', 'Europe/Berlin')).toBe('2026-01-15T09:00:00+01:00');
    expect(hallInputToIso('2026-07-15', '09:00', 'Europe/Berlin')).toBe('2026-07-15T09:00:00+02:00');
    expect(hallInputToIso('2026-07-15', '', 'Asia/Shanghai')).toBeNull();
  });

  it('reads ISO times back as the hall clock shows them', () => {
    expect(isoToHallInput('2026-03-02T06:30:00.000Z', 'Asia/Shanghai')).toEqual({
      date: '2026-03-02',
      time: '14:30',
    });
    expect(formatHallDateTime('2026-03-02T16:05:00Z', 'Asia/Shanghai')).toBe('2026-03-03 00:05');
    const iso = hallInputToIso('2026-10-25', '12:00', 'Europe/Berlin') ?? '';
    expect(isoToHallInput(iso, 'Europe/Berlin')).toEqual({ date: '2026-10-25', time: '12:00' });
  });
});

describe('conflict differences', () => {
  it('lists only the fields that differ, both languages, bookkeeping left out', () => {
    const theirs = residencePermitSource();
    const mine = {
      ...theirs,
      version: 9,
      updatedAt: 'x',
      title: { ...theirs.title, en: 'Residence permit' },
    };
    expect(differences(mine, theirs, 'en')).toEqual([
      {
        field: 'title',
        mine: 'Residence permit / 居住证申领',
        theirs: 'Applying for a residence permit / 居住证申领',
      },
    ]);
    expect(differences(null, theirs, 'zh-CN').length).toBeGreaterThan(10);
  });
});
