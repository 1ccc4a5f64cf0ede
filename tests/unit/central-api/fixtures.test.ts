// The fixtures are real content and are checked on load; a broken one names file, key and expectation.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixtures, shiftCaseDates } from '../../../central-api/server/fixtures';
import { FIXTURES_DIR, tempDir } from './harness';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyFixtures(): string {
  const dir = tempDir();
  dirs.push(dir);
  for (const f of [
    'services.json',
    'forms.json',
    'cases.json',
    'appointments.json',
    'announcements.json',
    'notices',
  ]) {
    cpSync(join(FIXTURES_DIR, f), join(dir, f), { recursive: true });
  }
  return dir;
}

describe('fixtures', () => {
  it('load: at least 10 services with unique prefixes, notices, the mass-team forms, 5 cases', () => {
    const fx = loadFixtures(FIXTURES_DIR);
    expect(fx.services.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fx.services.map((s) => s.prefix)).size).toBe(fx.services.length);
    expect(fx.services.map((s) => s.name['zh-CN'])).toEqual(
      expect.arrayContaining(['社会保险', '来沪人员居住证', '群众团队核准备案', '综合咨询']),
    );
    expect(fx.notices.length).toBeGreaterThanOrEqual(3);
    expect(fx.forms.map((f) => f.title['zh-CN'])).toEqual(
      expect.arrayContaining(['群众团队核准备案表', '群众团队花名册']),
    );
    expect(new Set(fx.cases.map((c) => c.currentStage)).size).toBe(5);
    for (const n of fx.notices) {
      expect(n.legalBasis.length, n.id).toBeGreaterThanOrEqual(1);
      expect(n.materials.length, n.id).toBeGreaterThanOrEqual(1);
      expect(n.steps.length, n.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('every service lists at least 2 required materials; appointments name real services and valid codes', () => {
    const fx = loadFixtures(FIXTURES_DIR);
    for (const s of fx.services) expect(s.requiredMaterials.length, s.id).toBeGreaterThanOrEqual(2);
    const residence = fx.services.find((s) => s.id === 'residence-permit');
    expect(residence?.requiredMaterials[0]?.['zh-CN']).toBe('本人居民身份证原件');
    expect(fx.appointments.length).toBeGreaterThanOrEqual(6);
    for (const a of fx.appointments) {
      expect(a.code).toMatch(/^[A-Z0-9]{6,12}$/); // the kiosk's AppointmentCode
      expect(a.name).toContain('*'); // masked
    }
    const dir = copyFixtures();
    const file = join(dir, 'appointments.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.appointments[1].code = json.appointments[0].code;
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadFixtures(dir)).toThrow(/appointments\.json: duplicate appointment code/);
  });

  it('a broken service names the file, the key and what was expected', () => {
    const dir = copyFixtures();
    const file = join(dir, 'services.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.services[2].prefix = 'ab';
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadFixtures(dir)).toThrow(/services\.json: services\.2\.prefix: one upper-case letter/);
  });

  it('a notice for an unknown service and a duplicate prefix are refused', () => {
    const dir = copyFixtures();
    const noticeFile = join(dir, 'notices', 'senior-citizen-card.json');
    const notice = JSON.parse(readFileSync(noticeFile, 'utf8'));
    writeFileSync(noticeFile, JSON.stringify({ ...notice, serviceId: 'no-such-service' }));
    expect(() => loadFixtures(dir)).toThrow(/senior-citizen-card\.json: notice\.serviceId "no-such-service"/);

    const dir2 = copyFixtures();
    const file = join(dir2, 'services.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.services[1].prefix = json.services[0].prefix;
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadFixtures(dir2)).toThrow(/duplicate ticket prefix A/);
  });

  it('a notice breaking the content model or naming an unknown form is refused, naming file and key', () => {
    const dir = copyFixtures();
    const file = join(dir, 'notices', 'residence-permit.json');
    const notice = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...notice, timeLimit: { kind: 'working-days', days: 0 } }));
    expect(() => loadFixtures(dir)).toThrow(/residence-permit\.json: timeLimit\.days/);
    writeFileSync(file, JSON.stringify({ ...notice, formIds: ['no-such-form'] }));
    expect(() => loadFixtures(dir)).toThrow(/residence-permit\.json: form "no-such-form" is not a form/);
    writeFileSync(file, JSON.stringify({ ...notice, body: { 'zh-CN': '旧格式', en: 'old shape' } }));
    expect(() => loadFixtures(dir)).toThrow(/residence-permit\.json: .*body/);
  });

  it('announcements are optional; a broken one names the file and the key', () => {
    const dir = copyFixtures();
    const file = join(dir, 'announcements.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.announcements[0].starts.time = '25:00';
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadFixtures(dir)).toThrow(/announcements\.json: announcements\.0\.starts\.time: HH:MM/);
    rmSync(file);
    expect(loadFixtures(dir).announcements).toEqual([]);
  });

  it('sample cases move by whole days to stay current in a demo', () => {
    const [c] = shiftCaseDates(loadFixtures(FIXTURES_DIR).cases, 10);
    expect(c?.acceptedAt).toBe('2025-03-13T01:30:00.000Z');
    expect(c?.promisedBy).toBe('2025-03-17');
    expect(c?.stageStartedAt.consultation).toBe('2025-03-13T01:30:00.000Z');
  });
});
