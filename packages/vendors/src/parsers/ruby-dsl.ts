import { linesOf } from '../position.js';
import type {
  Dependency,
  DependencyParse,
  DependencyScope,
  Ecosystem,
  ParseProblem,
} from '../types.js';

/**
 * One token of a line of a Ruby DSL file (Gemfile, Podfile): a string literal, a `:symbol`,
 * a `key:` / `:key =>` option name, or a bare word. `offset` is its 0-based column.
 */
export interface RubyToken {
  kind: 'string' | 'symbol' | 'key' | 'word';
  text: string;
  offset: number;
}

interface RubyLine {
  tokens: RubyToken[];
  /** A string literal that runs to the end of the line, at its opening quote. */
  unterminatedAt?: number;
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && /^[\w-]$/.test(character);

/**
 * The tokens of one line up to a `#` comment. Each character is looked at once, so a line
 * costs its length whatever it holds. Interpolation and `%w[]` literals are read as words.
 */
export function tokenizeRubyLine(line: string): RubyLine {
  const tokens: RubyToken[] = [];
  let i = 0;
  while (i < line.length) {
    const character = line[i]!;
    if (character === '#') break;
    if (character === "'" || character === '"') {
      const close = line.indexOf(character, i + 1);
      if (close === -1) return { tokens, unterminatedAt: i };
      tokens.push({ kind: 'string', text: line.slice(i + 1, close), offset: i });
      i = close + 1;
      continue;
    }
    if (character === ':' && isWordCharacter(line[i + 1]) && line[i + 1] !== '-') {
      let end = i + 1;
      while (isWordCharacter(line[end])) end++;
      let after = end;
      while (line[after] === ' ' || line[after] === '\t') after++;
      const isKey = line[after] === '=' && line[after + 1] === '>';
      tokens.push({ kind: isKey ? 'key' : 'symbol', text: line.slice(i + 1, end), offset: i });
      i = end;
      continue;
    }
    if (isWordCharacter(character)) {
      let end = i;
      while (isWordCharacter(line[end])) end++;
      const isKey = line[end] === ':' && line[end + 1] !== ':';
      tokens.push({ kind: isKey ? 'key' : 'word', text: line.slice(i, end), offset: i });
      i = isKey ? end + 1 : end;
      continue;
    }
    i++;
  }
  return { tokens };
}

/** The symbols and strings given to option `key` (`group: [:a, :b]`, `:group => :a`). */
export function optionValues(tokens: RubyToken[], keys: readonly string[]): string[] {
  const values: string[] = [];
  let inOption = false;
  for (const token of tokens) {
    if (token.kind === 'key') inOption = keys.includes(token.text);
    else if (inOption && (token.kind === 'symbol' || token.kind === 'string'))
      values.push(token.text);
  }
  return values;
}

/** Words that open a block closed by `end`, when they start a line. */
const BLOCK_OPENERS = new Set(['if', 'unless', 'case', 'begin', 'while', 'until', 'def']);

/**
 * Tracks `… do` / `if …` blocks and their `end`s, so a line knows the blocks it sits in.
 * Each open block carries what its opening line said (a group, a target).
 */
class BlockStack<T> {
  private readonly blocks: T[] = [];
  constructor(private readonly outside: T) {}

  get current(): T {
    return this.blocks.at(-1) ?? this.outside;
  }

  /** Update the stack for one line; `opens` gives what a block this line opens carries. */
  step(line: RubyLine, opens: () => T): void {
    const words = line.tokens.filter((token) => token.kind === 'word');
    const first = words[0]?.text;
    if (first === 'end' && words.length === 1) {
      this.blocks.pop();
      return;
    }
    const opensDo = words.some((word) => word.text === 'do') && words.at(-1)?.text !== 'end';
    const opensKeyword =
      first !== undefined && BLOCK_OPENERS.has(first) && words[0] === line.tokens[0];
    if (opensDo || opensKeyword) this.blocks.push(opens());
  }
}

/** What a Ruby DSL file declares a dependency with, and how its blocks and options set scope. */
export interface RubyDslReader {
  fileName: string;
  ecosystem: Ecosystem;
  /** The method that names a dependency: `gem`, `pod`. */
  keyword: string;
  /** The scope inside a block this line opens, given the scope around it. */
  blockScope: (tokens: RubyToken[], outside: DependencyScope) => DependencyScope;
  /** The scope of one dependency line, given the scope of its block. */
  lineScope: (tokens: RubyToken[], block: DependencyScope) => DependencyScope;
  /** The package a written name is (a subspec's pod); empty for none. */
  packageName: (written: string) => string;
}

/**
 * Each `keyword 'name'` line of a Ruby DSL file, at the name; the string after the name is the
 * version requirement. The file is Ruby, so only literal names are read. A string left open is
 * a problem at its quote.
 */
export function readRubyDsl(text: string, reader: RubyDslReader): DependencyParse {
  const dependencies: Dependency[] = [];
  const problems: ParseProblem[] = [];
  const blocks = new BlockStack<DependencyScope>('runtime');
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    lineNumber++;
    const parsed = tokenizeRubyLine(line.text);
    if (parsed.unterminatedAt !== undefined)
      problems.push({
        line: lineNumber,
        column: parsed.unterminatedAt + 1,
        message: `This ${reader.fileName} line opens a quoted string that never closes, so the name on it cannot be read. Close the quote.`,
      });
    blocks.step(parsed, () => reader.blockScope(parsed.tokens, blocks.current));
    const [first, second, third] = parsed.tokens;
    if (first?.kind !== 'word' || first.text !== reader.keyword || second?.kind !== 'string')
      continue;
    const name = reader.packageName(second.text.trim());
    if (name === '') continue;
    const version = third?.kind === 'string' ? third.text : undefined;
    dependencies.push({
      ecosystem: reader.ecosystem,
      name,
      ...(version ? { version } : {}),
      scope: reader.lineScope(parsed.tokens, blocks.current),
      direct: true,
      line: lineNumber,
      column: second.offset + 2,
    });
  }
  return { dependencies, problems };
}
