// Builds the kiosk screens (renderer/) into dist/renderer for Electron (app://kiosk/) and browser mode.
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { KIOSK_CONTENT_SECURITY_POLICY } from './electron/shell/lockdown/content-security-policy.ts';

/**
 * The page declares the kiosk's one policy for itself too (the shell and the host send it as a
 * header). Only in the build: the dev server injects styles inline, which the policy forbids.
 * frame-ancestors is ignored in a meta tag, so it is left to the header.
 */
const META_CONTENT_SECURITY_POLICY = KIOSK_CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'kiosk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  // React's automatic JSX runtime through Vite's own transformer: no React plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [contentSecurityPolicyMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Everything is a file served from 'self': nothing inlined as data: URLs or inline scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome130',
    reportCompressedSize: true,
  },
});
