import { describe, expect, it } from 'vitest';
import { useColor, type CliIo } from './io.js';

const io = (isTTY: boolean, env: Record<string, string> = {}): CliIo => ({
  stdout: () => {},
  stderr: () => {},
  cwd: '/',
  env,
  isTTY,
});

describe('useColor', () => {
  it('colours a terminal', () => {
    expect(useColor(io(true))).toBe(true);
  });
  it('never colours a pipe or a file', () => {
    expect(useColor(io(false))).toBe(false);
  });
  it('never colours with NO_COLOR, whatever its value (no-color.org)', () => {
    expect(useColor(io(true, { NO_COLOR: '' }))).toBe(false);
    expect(useColor(io(true, { NO_COLOR: '1' }))).toBe(false);
  });
  it('never colours a dumb terminal', () => {
    expect(useColor(io(true, { TERM: 'dumb' }))).toBe(false);
  });
});
