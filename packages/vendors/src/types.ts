/** The package ecosystems the catalogue names packages in. */
export type Ecosystem =
  | 'npm'
  | 'pypi'
  | 'maven'
  | 'go'
  | 'rubygems'
  | 'composer'
  | 'nuget'
  | 'cocoapods'
  | 'swiftpm'
  | 'pub';

/** Why a dependency is there: only `runtime` (and `optional`/`peer`) code ships to users. */
export type DependencyScope = 'runtime' | 'dev' | 'optional' | 'peer' | 'test';

/** A 1-based position in the text that was parsed. */
export interface Position {
  line: number;
  column: number;
}

export interface Dependency extends Position {
  ecosystem: Ecosystem;
  /**
   * As the ecosystem spells it: `@scope/name`, a normalised PyPI name, `group:artifact`, a Go
   * module path, a lower-case Composer `vendor/package`.
   */
  name: string;
  /** The version or range as written, when the file gives one. */
  version?: string;
  scope: DependencyScope;
  /** Named by the project itself, rather than brought in by another package. */
  direct: boolean;
}

/** What an HTML element loads from another host. */
export type HostKind = 'script' | 'iframe' | 'pixel';

export interface HostReference extends Position {
  kind: HostKind;
  /** Lower-case host name, without port. */
  host: string;
}

/** Text that could not be read as the format it claims to be. */
export interface ParseProblem extends Position {
  message: string;
}

export interface DependencyParse {
  dependencies: Dependency[];
  problems: ParseProblem[];
}
