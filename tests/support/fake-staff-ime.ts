// The real pinyin IME table over the fixture notices and announcements, for the fake staff side:
// the renderer tests type with the same candidates the kiosk offers. Built at once (blocking) on
// first use, once per test process: the fake answers synchronously.
import { join } from 'node:path';
import { loadFixtures } from '../../central-api/server/fixtures';
import {
  buildImeTableNow,
  type ImeCandidate,
  type ImeTable,
  lookupCandidates,
  zhCnTexts,
} from '../../electron/services/staff/pinyin-ime';

let table: ImeTable | null = null;

export function fixtureIme(): { candidates(pinyin: string, limit?: number): ImeCandidate[] } {
  return {
    candidates(pinyin, limit) {
      if (!table) {
        const fx = loadFixtures(join(import.meta.dirname, '../../fixtures'));
        table = buildImeTableNow(zhCnTexts([fx.notices, fx.announcements]));
      }
      return lookupCandidates(table, pinyin, limit);
    },
  };
}
