// The real pinyin IME over the fixture notices and announcements, for the fake staff side: the
// renderer tests type with the same candidates the kiosk offers. Built once per test process.
import { join } from 'node:path';
import { loadFixtures } from '../../central-api/server/fixtures';
import { createPinyinIme, type PinyinIme, zhCnTexts } from '../../electron/services/staff/pinyin-ime';

let ime: PinyinIme | null = null;

export function fixtureIme(): PinyinIme {
  ime ??= createPinyinIme(() => {
    const fx = loadFixtures(join(import.meta.dirname, '../../fixtures'));
    return zhCnTexts([fx.notices, fx.announcements]);
  });
  return ime;
}
