// A configuration problem a site engineer can fix without reading code: one line per problem,
// each naming the file, the key path, what was found and what was expected.

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    /** The config file, as shown to the engineer (relative to the working folder when inside it). */
    readonly file: string,
    /** One line each, already prefixed with the file name. */
    readonly problems: readonly string[],
  ) {
    super(problems.join('\n'));
  }
}

/** The text the CLI prints for a failed start: the problems, never a stack trace. */
export function formatConfigError(err: unknown): string {
  if (err instanceof ConfigError) {
    const count = err.problems.length === 1 ? '1 problem' : `${err.problems.length} problems`;
    return `The kiosk configuration has ${count}:\n${err.problems.map((p) => `  ${p}`).join('\n')}`;
  }
  return `The kiosk configuration could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
}
