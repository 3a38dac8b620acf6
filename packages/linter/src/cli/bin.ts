// The CLI's entry, kept tiny and CommonJS (bin/privacyspec.cjs: Node's ES module loader costs
// milliseconds a start cannot spare): it runs the bundled CLI (bin/cli.cjs, one script) from V8's
// code cache, so a run skips parsing and compiling what an earlier run already
// compiled: the start-up of `privacyspec lint` is mostly that work (issue 12). Node's own
// compile cache (module.enableCompileCache, Node 22.1+) saves less, and Node 20 has none.
//
// The cache is an optimisation only: a missing, foreign, corrupt or unwritable cache means a
// run compiles as if there were none. One cache file per bundle, Node version, architecture
// and command, in a folder of the user's own below the temporary folder (NODE_DISABLE_COMPILE_CACHE
// turns it off, as it does Node's).
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { cacheChecksum } from './cache-checksum.js';

// Bundled as CommonJS (scripts/bundle.mjs), so __dirname is this file's folder.
const bundlePath = join(__dirname, 'cli.cjs');
/** Commands with a cache of their own: each compiles different parts of the bundle. */
const COMMANDS = new Set(['lint', 'diff', 'init', 'render', 'export', 'scan']);
const CHECKSUM_BYTES = 4;
const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Node's CommonJS wrapper, so the bundle runs as `require` would run it. */
type Wrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

const bundleRequire = createRequire(bundlePath);
// The cache's checksum runs as WebAssembly (cache-checksum.ts), which `node --jitless` lacks.
if (process.env.NODE_DISABLE_COMPILE_CACHE === undefined && typeof WebAssembly === 'object')
  runCached();
else bundleRequire(bundlePath);

function runCached(): void {
  // ASCII (scripts/bundle.mjs): latin1 copies it into a string instead of decoding UTF-8.
  const source = readFileSync(bundlePath, 'latin1');
  // The bundle's first line names a hash of its content (scripts/bundle.mjs); without it, no cache.
  const bundleHash = /^\/\/ bundle ([0-9a-f]{16,})\n/.exec(source)?.[1];
  const command = COMMANDS.has(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const folder = bundleHash === undefined ? undefined : privateCacheFolder();
  const cacheFile =
    folder === undefined
      ? undefined
      : join(folder, `${bundleHash}-${process.version}-${process.arch}-${command}.bin`);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  // The bundle holds no import(): a vm script has no loader for one (scripts/bundle.mjs).
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundlePath, ...(cachedData !== undefined ? { cachedData } : {}) },
  );
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // At exit the cache holds every function this run compiled, not only the top level. A run
    // that could not do its work (exit code 2: a usage error, an unreadable file) compiled little
    // of what later runs need, so it leaves the writing to one that did.
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCache(cacheFile, script.createCachedData());
    });
  }
  const module = { exports: {} };
  (script.runInThisContext() as Wrapper)(
    module.exports,
    bundleRequire,
    module,
    bundlePath,
    dirname(bundlePath),
  );
}

/** The folder, created if need be, when it is this user's alone; otherwise no cache. */
function privateCacheFolder(): string | undefined {
  const uid = process.getuid?.();
  const folder = join(tmpdir(), `privacyspec-cache-${uid ?? 'user'}`);
  try {
    // Made on the first run only: later runs do not pay for a failing mkdir.
    if (lstatSync(folder, { throwIfNoEntry: false }) === undefined)
      mkdirSync(folder, { mode: 0o700 });
    const stat = lstatSync(folder);
    if (!stat.isDirectory()) return undefined;
    // Another user's folder, or one others may write to, could hold a planted cache.
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    // Cannot be made (a read-only temporary folder) or went away (another run made it: next time).
    return undefined;
  }
}

/** The cached code when its checksum holds, else undefined (V8 checks the rest itself). */
function readCache(file: string): Buffer | undefined {
  try {
    const content = readFileSync(file);
    if (content.length <= CHECKSUM_BYTES) return undefined;
    const data = content.subarray(CHECKSUM_BYTES);
    return content.readUInt32LE(0) === cacheChecksum(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Caches of other versions (other bundles, other Node versions) untouched for a month: a cache is
 * written when a version first runs, so only then is the folder tidied. A version still in use
 * just writes its cache again.
 */
function removeStaleCaches(folder: string): void {
  const monthAgo = Date.now() - STALE_AFTER_MS;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).mtimeMs < monthAgo) rmSync(path, { force: true });
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a cache. */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const header = Buffer.alloc(CHECKSUM_BYTES);
    header.writeUInt32LE(cacheChecksum(data));
    writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(temporary, file);
    removeStaleCaches(dirname(file));
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or the folder went away: either way there is no cache.
    }
  }
}
