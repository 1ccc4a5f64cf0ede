// Finds, reads and checks the kiosk's config file. Every problem becomes a ConfigError line that
// names the file and the key; the central-API credential is returned beside the config, never in it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { type KioskConfig, KioskConfigSchema } from '../../../kiosk-config/schema';
import { ConfigError } from './config-error';

export { ConfigError, formatConfigError } from './config-error';

import { describeIssues, expectedMessages } from './describe-issues';

export type ConfigSource = '--config' | 'KIOSK_CONFIG' | 'default';
export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_CONFIG = 'kiosk-config/demo.yaml';

/** `--config PATH` or `--config=PATH` wins over $KIOSK_CONFIG, else the demo config. */
export function resolveConfigPath(options: { argv: readonly string[]; env: Env; cwd: string }): {
  path: string;
  source: ConfigSource;
} {
  const { argv, env, cwd } = options;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--config' ? argv[i + 1] : arg.startsWith('--config=') ? arg.slice(9) : undefined;
    if (arg !== '--config' && value === undefined) continue;
    if (!value || value.startsWith('--')) {
      throw new ConfigError('--config', ['--config: missing, expected a path to a kiosk config file']);
    }
    return { path: resolve(cwd, value), source: '--config' };
  }
  const fromEnv = env.KIOSK_CONFIG?.trim();
  if (fromEnv) return { path: resolve(cwd, fromEnv), source: 'KIOSK_CONFIG' };
  return { path: resolve(cwd, DEFAULT_CONFIG), source: 'default' };
}

/** The path as an engineer would type it: relative to the working folder when inside it. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readYaml(path: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? err})`;
    throw new ConfigError(file, [`${file}: ${why}; expected a kiosk config (see kiosk-config/example.yaml)`]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return `${file}: YAML syntax error at line ${at.line}, column ${at.col}: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined) {
    throw new ConfigError(file, [
      `${file}: the file is empty; expected a kiosk config (see kiosk-config/example.yaml)`,
    ]);
  }
  return raw;
}

/** The project that holds the config file (nearest folder with a package.json), for the default dataDir. */
function projectRootOf(folder: string): string {
  let dir = folder;
  for (let depth = 0; depth < 32; depth++) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return folder;
}

function readCredential(config: KioskConfig, env: Env, file: string): string | null {
  const credential = config.centralApi.credential;
  if (config.centralApi.url === 'embedded' || !credential) return null;
  if ('file' in credential) {
    let text: string;
    try {
      text = readFileSync(credential.file, 'utf8').trim();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new ConfigError(file, [
        `${file}: centralApi.credential.file: cannot read ${credential.file} (${code}), expected a readable file holding the credential`,
      ]);
    }
    if (!text) {
      throw new ConfigError(file, [
        `${file}: centralApi.credential.file: ${credential.file} is empty, expected the credential`,
      ]);
    }
    return text;
  }
  const value = env[credential.env]?.trim();
  if (!value) {
    throw new ConfigError(file, [
      `${file}: centralApi.credential.env: $${credential.env} is ${value === undefined ? 'not set' : 'empty'}, expected the credential`,
    ]);
  }
  return value;
}

/**
 * Reads and checks a config file. Relative paths in it (dataDir, credential.file) are resolved
 * against the file's folder. Throws ConfigError listing every problem found.
 */
export function loadKioskConfig(
  path: string,
  env: Env,
  options: { cwd?: string } = {},
): { config: KioskConfig; path: string; credential: string | null } {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  const file = displayPath(absolute, options.cwd ?? process.cwd());
  const raw = readYaml(absolute, file);
  const parsed = KioskConfigSchema.safeParse(raw, { error: expectedMessages });
  if (!parsed.success) throw new ConfigError(file, describeIssues(file, raw, parsed.error.issues));

  const folder = dirname(absolute);
  const data = parsed.data;
  const credential = data.centralApi.credential;
  const config: KioskConfig = {
    ...data,
    centralApi: {
      ...data.centralApi,
      credential:
        credential && 'file' in credential ? { file: resolve(folder, credential.file) } : credential,
    },
    dataDir: resolve(folder, data.dataDir ?? resolve(projectRootOf(folder), 'var')),
  };
  return { config, path: absolute, credential: readCredential(config, env, file) };
}
