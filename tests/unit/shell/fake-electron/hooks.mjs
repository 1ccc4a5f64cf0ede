// Node module hook: `import ... from 'electron'` in the bundled main gets the fake below.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') {
    return { url: new URL('./electron.mjs', import.meta.url).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
