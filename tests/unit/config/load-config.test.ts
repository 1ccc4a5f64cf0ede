import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  ConfigError,
  formatConfigError,
  loadKioskConfig,
  resolveConfigPath,
} from '../../../electron/services/config/load-config';
import { verifyPin } from '../../../electron/services/config/pin-hash';

const PROJECT = resolve(import.meta.dirname, '../../..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: the tests write deliberately wrong values anywhere
type RawConfig = Record<string, any>;

/** A minimal valid config, changed by `edit` and written to site.yaml in the temp folder. */
function writeConfig(edit: (c: RawConfig) => void = () => {}, name = 'site.yaml'): string {
  const config: RawConfig = {
    kioskId: 'test-kiosk',
    hallName: { 'zh-CN': '测试服务中心', en: 'Test Hall' },
    layout: 'counter',
    centralApi: { url: 'embedded' },
    printers: { ticket: { uri: 'virtual' } },
    staff: { accounts: [] },
  };
  edit(config);
  const path = join(dir, name);
  writeFileSync(path, stringify(config));
  return path;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfigPath', () => {
  const cwd = '/srv/kiosk';
  it('takes --config PATH or --config=PATH over $KIOSK_CONFIG', () => {
    const env = { KIOSK_CONFIG: '/etc/env.yaml' };
    expect(resolveConfigPath({ argv: ['node', 'start', '--config', 'a.yaml'], env, cwd })).toEqual({
      path: '/srv/kiosk/a.yaml',
      source: '--config',
    });
    expect(resolveConfigPath({ argv: ['--config=/etc/b.yaml'], env, cwd })).toEqual({
      path: '/etc/b.yaml',
      source: '--config',
    });
  });
  it('falls back to $KIOSK_CONFIG, then to the demo config', () => {
    expect(resolveConfigPath({ argv: [], env: { KIOSK_CONFIG: 'site.yaml' }, cwd })).toEqual({
      path: '/srv/kiosk/site.yaml',
      source: 'KIOSK_CONFIG',
    });
    expect(resolveConfigPath({ argv: [], env: { KIOSK_CONFIG: '' }, cwd })).toEqual({
      path: '/srv/kiosk/kiosk-config/demo.yaml',
      source: 'default',
    });
  });
  it('refuses --config without a path', () => {
    expect(() => resolveConfigPath({ argv: ['--config'], env: {}, cwd })).toThrow(ConfigError);
    expect(() => resolveConfigPath({ argv: ['--config', '--port'], env: {}, cwd })).toThrow(/--config/);
  });
});

describe('loadKioskConfig: the shipped files', () => {
  it('loads the demo config: embedded API, virtual printer, staff PIN 123456, var/ of the project', async () => {
    const { config, credential } = loadKioskConfig(join(PROJECT, 'kiosk-config/demo.yaml'), {});
    expect(config.centralApi.url).toBe('embedded');
    expect(credential).toBeNull();
    expect(config.printers.ticket.uri).toBe('virtual');
    expect(config.dataDir).toBe(join(PROJECT, 'var'));
    const [staff] = config.staff.accounts;
    expect(staff && (await verifyPin('123456', staff.pinHash))).toBe(true);
  });
  it('loads the example config with its credential from the environment', () => {
    const loaded = loadKioskConfig(join(PROJECT, 'kiosk-config/example.yaml'), {
      KIOSK_CENTRAL_TOKEN: 's3cret',
    });
    expect(loaded.credential).toBe('s3cret');
    expect(JSON.stringify(loaded.config)).not.toContain('s3cret');
    expect(loaded.config.printers.a4.queue).toBe('hall-a4');
  });
});

describe('loadKioskConfig: defaults and paths', () => {
  it('fills defaults and resolves relative paths against the file folder', () => {
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(join(dir, 'secrets/token'), '  tok-123\n');
    const path = writeConfig((c) => {
      c.centralApi = { url: 'http://10.0.0.5:8080', credential: { file: 'secrets/token' } };
      c.dataDir = 'data';
    });
    const { config, credential } = loadKioskConfig(path, {}, { cwd: '/' });
    expect(credential).toBe('tok-123');
    expect(config.centralApi.credential).toEqual({ file: join(dir, 'secrets/token') });
    expect(config.dataDir).toBe(join(dir, 'data'));
    expect(config.centralApi.timeoutMs).toBe(2000);
    expect(config.printers.ticket).toEqual({ uri: 'virtual', paperWidthMm: 80, statusTimeoutMs: 800 });
    expect(config.printers.a4.queue).toBeNull();
    expect(config.locales).toEqual({ default: 'zh-CN', enabled: ['zh-CN', 'en'] });
    expect(config.idleTimeoutsSeconds).toEqual({
      menu: 45,
      notice: 120,
      personal: 30,
      result: 30,
      warning: 20,
    });
    expect(config.host.port).toBe(0);
  });
});

describe('loadKioskConfig: problems name the file, the key, what was found and what was expected', () => {
  it('a wrong printer uri', () => {
    const path = writeConfig((c) => {
      c.printers.ticket.uri = 'lpt1';
    });
    expect(problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }))).toEqual([
      'site.yaml: printers.ticket.uri: found "lpt1", expected tcp://host:port, file:///dev/... or "virtual"',
    ]);
  });

  it('one line per problem, with "did you mean" for a misspelt key', () => {
    const path = writeConfig((c) => {
      c.kioskId = 'Kiosk One';
      c.layout = 'wall';
      c.printers.ticket.paperWidthMm = 76;
      c.idleTimeoutsSeconds = { menu: 45, warning: 10 };
      c.hallname = 'x';
      c.printers.ticket.urI = 'x';
    });
    const problems = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }));
    expect(problems).toHaveLength(6);
    expect(problems).toContain(
      'site.yaml: kioskId: found "Kiosk One", expected 3-40 lower-case letters, digits and dashes, e.g. "hall-3-kiosk-1"',
    );
    expect(problems).toContain(
      'site.yaml: layout: found "wall", expected one of "floor-standing", "counter"',
    );
    expect(problems).toContain('site.yaml: printers.ticket.paperWidthMm: found 76, expected 80 or 58');
    expect(problems).toContain('site.yaml: idleTimeoutsSeconds.warning: found 10, expected a number ≥ 20');
    expect(problems).toContain('site.yaml: unknown key "hallname", did you mean "hallName"?');
    expect(problems).toContain('site.yaml: printers.ticket: unknown key "urI", did you mean "uri"?');
  });

  it('a missing required key', () => {
    const path = writeConfig((c) => {
      delete c.layout;
    });
    expect(problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }))).toEqual([
      'site.yaml: layout: missing, expected one of "floor-standing", "counter"',
    ]);
  });

  it('a plain PIN is refused with the hash-pin hint and never echoed', () => {
    const path = writeConfig((c) => {
      c.staff.accounts = [{ id: 'li', name: '李', pinHash: '314159' }];
    });
    const [line, ...rest] = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }));
    expect(rest).toEqual([]);
    expect(line).toContain('staff.accounts[0].pinHash');
    expect(line).toContain('npm run kiosk:hash-pin');
    expect(line).not.toContain('314159');
    // Unquoted in YAML a PIN is a number: same hint.
    writeFileSync(
      path,
      `${'kioskId: test-kiosk\n'}staff:\n  accounts:\n    - { id: li, name: 李, pinHash: 314159 }\n`,
    );
    const numeric = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir })).join('\n');
    expect(numeric).toContain('kiosk:hash-pin');
    expect(numeric).not.toContain('314159');
  });

  it('the central API needs a credential unless embedded; locale default must be enabled', () => {
    const path = writeConfig((c) => {
      c.centralApi = { url: 'ftp://central' };
      c.locales = { default: 'en', enabled: ['zh-CN', 'fr'] };
    });
    const problems = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }));
    expect(problems).toContain(
      'site.yaml: centralApi.url: found "ftp://central", expected "embedded" or an http(s) URL such as https://hall.example.gov.cn/api',
    );
    expect(problems).toContain(
      'site.yaml: centralApi.credential: missing, expected { file: PATH } or { env: VAR_NAME } when url is not "embedded"',
    );
    expect(problems).toContain('site.yaml: locales.enabled[1]: found "fr", expected one of "zh-CN", "en"');
  });

  it('YAML syntax errors give line and column', () => {
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, 'kioskId: a\nhallName:\n  zh-CN: "unclosed\n  en: b\n');
    const [line] = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }));
    expect(line).toMatch(/^broken\.yaml: YAML syntax error at line \d+, column \d+: /);
  });

  it('a missing or empty file', () => {
    expect(problemsOf(() => loadKioskConfig(join(dir, 'nope.yaml'), {}, { cwd: dir }))[0]).toBe(
      'nope.yaml: the file does not exist; expected a kiosk config (see kiosk-config/example.yaml)',
    );
    writeFileSync(join(dir, 'empty.yaml'), '# nothing yet\n');
    expect(problemsOf(() => loadKioskConfig(join(dir, 'empty.yaml'), {}, { cwd: dir }))[0]).toContain(
      'empty.yaml: the file is empty',
    );
  });

  it('an unreadable, empty or absent credential', () => {
    const viaFile = writeConfig((c) => {
      c.centralApi = { url: 'https://central.example', credential: { file: 'token' } };
    });
    expect(problemsOf(() => loadKioskConfig(viaFile, {}, { cwd: dir }))[0]).toBe(
      `site.yaml: centralApi.credential.file: cannot read ${join(dir, 'token')} (ENOENT), expected a readable file holding the credential`,
    );
    writeFileSync(join(dir, 'token'), '\n');
    expect(problemsOf(() => loadKioskConfig(viaFile, {}, { cwd: dir }))[0]).toContain('is empty');
    if (process.getuid?.() !== 0) {
      writeFileSync(join(dir, 'token'), 'x');
      chmodSync(join(dir, 'token'), 0o000);
      expect(problemsOf(() => loadKioskConfig(viaFile, {}, { cwd: dir }))[0]).toContain('EACCES');
    }

    const viaEnv = writeConfig((c) => {
      c.centralApi = { url: 'https://central.example', credential: { env: 'HALL_TOKEN' } };
    });
    expect(problemsOf(() => loadKioskConfig(viaEnv, {}, { cwd: dir }))[0]).toBe(
      'site.yaml: centralApi.credential.env: $HALL_TOKEN is not set, expected the credential',
    );
    expect(problemsOf(() => loadKioskConfig(viaEnv, { HALL_TOKEN: ' ' }, { cwd: dir }))[0]).toContain(
      '$HALL_TOKEN is empty',
    );
    expect(loadKioskConfig(viaEnv, { HALL_TOKEN: 'abc' }, { cwd: dir }).credential).toBe('abc');
  });

  it('a credential with both or neither of file and env', () => {
    const path = writeConfig((c) => {
      c.centralApi = { url: 'https://central.example', credential: { file: 'a', env: 'B' } };
    });
    expect(problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }))).toEqual([
      'site.yaml: centralApi.credential: found {"file":"a","env":"B"}, expected exactly one of { file: PATH } or { env: VAR_NAME }',
    ]);
  });
});

describe('formatConfigError', () => {
  it('prints the problems for the CLI without a stack trace', () => {
    const path = writeConfig((c) => {
      c.printers.ticket.uri = 'lpt1';
      c.layout = 'wall';
    });
    let text = '';
    try {
      loadKioskConfig(path, {}, { cwd: dir });
    } catch (err) {
      text = formatConfigError(err);
    }
    expect(text.split('\n')[0]).toBe('The kiosk configuration has 2 problems:');
    expect(text).toContain('  site.yaml: printers.ticket.uri: found "lpt1"');
    expect(text).not.toMatch(/\n\s+at /);
  });
});

describe('YAML details', () => {
  it('points at the line of a duplicate key', () => {
    const path = join(dir, 'dup.yaml');
    writeFileSync(path, 'kioskId: a-b-c\nlayout: counter\nlayout: floor-standing\n');
    const [line] = problemsOf(() => loadKioskConfig(path, {}, { cwd: dir }));
    expect(line).toMatch(/^dup\.yaml: YAML syntax error at line 3, column 1: /);
  });
});
