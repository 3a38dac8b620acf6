// The CLI's entry, kept tiny: it turns on V8's compile cache (Node 22.1+; Node 20 runs
// without) before the rest is loaded, so later runs skip compiling it. The commands, the
// formatters and the rest are chunks loaded on demand (scripts/bundle.mjs).
import module from 'node:module';

// @types/node follows Node 20, which has no compile cache; later Node versions do.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main.js');
