import { lstat, readFile, realpath } from './fs.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { resolveConfig, validateConfig, type Config, type ResolvedConfig } from '../config.js';
import { rules } from '../rules/index.js';
import { CliError } from './errors.js';
import { realPathInside } from './project.js';

export const CONFIG_FILE_NAMES = [
  'privacyspec.config.yaml',
  'privacyspec.config.yml',
  'privacyspec.config.json',
];

/**
 * Loads and validates one config file, refusing one that resolves outside the project folder
 * `root` (before reading it, so its content never reaches a log); any problem ends the run
 * (exit 2) with file:line:column.
 */
export async function loadConfigFile(path: string, root: string): Promise<ResolvedConfig> {
  let text: string;
  try {
    const inside = await realPathInside(root, path, 'config');
    if ('refused' in inside) throw new CliError(`${path}:1:1: ${inside.refused}`);
    text = await readFile(inside.real, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `Cannot read the config ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown error')}.`,
    );
  }
  // JSON is YAML, so one parser keeps positions for both.
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
  };
  const syntaxError = document.errors[0];
  if (syntaxError)
    throw new CliError(
      `${path}:${position(syntaxError.pos[0])}: the config is not valid YAML/JSON: ${syntaxError.message.split('\n')[0]}`,
    );
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (error) {
    // yaml throws when aliases expand past maxAliasCount (a "billion laughs" config).
    throw new CliError(
      `${path}: the config could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const problems = validateConfig(value, rules).map((problem) => {
    const node = document.getIn(problem.path.split('/').slice(1), true) as
      { range?: [number, number] } | undefined;
    return `${path}:${node?.range ? position(node.range[0]) : '1:1'}: ${problem.message}`;
  });
  // Every problem at once, so a config is fixed in one round.
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return resolveConfig(value as Config, rules);
}

/** Which config applies to a declaration; the Action and the CLI pass one to lintFiles and reviewFiles. */
export interface ConfigLookup {
  configFor(filePath: string): Promise<ResolvedConfig>;
}

/**
 * Finds the nearest config from a file's folder upward to the project folder `root` (or
 * uses `explicitPath`, as `--config`); results are cached per folder, and each config file
 * is loaded once. A config is read only when it resolves inside `root` (loadConfigFile).
 */
export class ConfigFinder implements ConfigLookup {
  readonly #cache = new Map<string, Promise<string | undefined>>();
  readonly #loaded = new Map<string, Promise<ResolvedConfig>>();
  #default: ResolvedConfig | undefined;

  readonly #root: string;
  #realRoot: Promise<string> | undefined;
  readonly #explicitPath: string | undefined;

  constructor(root: string, explicitPath?: string) {
    this.#root = resolve(root);
    this.#explicitPath = explicitPath !== undefined ? resolve(explicitPath) : undefined;
  }

  /**
   * A finder for `--config` / the Action's `config` input (relative to `base`), which is loaded
   * now, so a bad one ends the run before any file is looked for.
   */
  static async open(
    root: string,
    explicit: string | undefined,
    base: string,
  ): Promise<ConfigFinder> {
    const finder = new ConfigFinder(
      root,
      explicit !== undefined ? resolve(base, explicit) : undefined,
    );
    if (explicit !== undefined) await finder.configFor(base);
    return finder;
  }

  /**
   * The config that applies to `file`: the explicit one when given, else the nearest config
   * file, else the recommended preset. A config that does not load rejects with a CliError.
   */
  async configFor(file: string): Promise<ResolvedConfig> {
    const path = this.#explicitPath ?? (await this.nearest(file));
    if (path === undefined) return (this.#default ??= resolveConfig({}, rules));
    let loaded = this.#loaded.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path, this.#root);
      this.#loaded.set(path, loaded);
    }
    return loaded;
  }

  /**
   * Looks from the file's real folder (links resolved, as the reader reads it) up to the
   * project's real top, so a path that reaches the project another way finds its config too.
   */
  async nearest(file: string): Promise<string | undefined> {
    const folder = dirname(resolve(file));
    this.#realRoot ??= realpath(this.#root).catch(() => this.#root);
    return this.#lookup(await realpath(folder).catch(() => folder), await this.#realRoot);
  }

  #lookup(folder: string, root: string): Promise<string | undefined> {
    let found = this.#cache.get(folder);
    if (!found) {
      found = (async () => {
        // Folders above the project are not the project's: their configs do not apply.
        const fromRoot = relative(root, folder);
        if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot))
          return undefined;
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = join(folder, name);
          if (
            await lstat(candidate).then(
              (info) => info.isFile() || info.isSymbolicLink(),
              () => false,
            )
          )
            return candidate;
        }
        return fromRoot === '' ? undefined : this.#lookup(dirname(folder), root);
      })();
      this.#cache.set(folder, found);
    }
    return found;
  }
}
