import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from './control-characters.js';

describe('escapeControlCharacters', () => {
  it.each([
    ['\u001b[2J\u001b[31mred', '\\x1B[2J\\x1B[31mred'],
    ['\u001b]0;title\u0007', '\\x1B]0;title\\x07'],
    ['over\rwrite', 'over\\x0Dwrite'],
    ['back\bspace', 'back\\x08space'],
    ['nul\u0000', 'nul\\x00'],
    ['del\u007f csi\u009b', 'del\\x7F csi\\x9B'],
    ['rtl \u202Egnp.exe\u2066', 'rtl \\u202Egnp.exe\\u2066'],
    ['tab\tand\nline feed stay', 'tab\tand\nline feed stay'],
    ['Åsa Öberg, dataskyddsombud – 3 kap. 10 §', 'Åsa Öberg, dataskyddsombud – 3 kap. 10 §'],
  ])('%j → %j', (input, expected) => {
    expect(escapeControlCharacters(input)).toBe(expected);
  });
});
