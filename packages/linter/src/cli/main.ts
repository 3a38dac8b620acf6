import { processIo } from './process-io.js';
import { run } from './run.js';

// No top-level await: the bundle is a CommonJS script (see bin.ts).
void processIo()
  .then((io) => run(process.argv.slice(2), io))
  .then((code) => {
    process.exitCode = code;
  });
