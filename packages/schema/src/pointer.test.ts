import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapePointerToken,
  getAtPointer,
  joinPointer,
  parentPointer,
  parsePointer,
} from './pointer.js';

describe('escaping (RFC 6901)', () => {
  it('escapes ~ as ~0 and / as ~1, ~ first', () => {
    expect(escapePointerToken('a/b')).toBe('a~1b');
    expect(escapePointerToken('a~b')).toBe('a~0b');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(escapePointerToken('/~')).toBe('~1~0');
    expect(escapePointerToken(3)).toBe('3');
    expect(joinPointer('/purposes', 0)).toBe('/purposes/0');
    expect(joinPointer('', 'a/b~c')).toBe('/a~1b~0c');
  });

  it('parses ~01 as ~1, not /', () => {
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(parsePointer('/~10')).toEqual(['/0']);
    expect(parsePointer('/a~1b/~0')).toEqual(['a/b', '~']);
  });

  it('the empty pointer is the whole document; "/" is the key ""', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/')).toEqual(['']);
    expect(joinPointer('', '')).toBe('/');
  });

  it('round-trips any tokens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('~', '/', '~0', '~1', '~01', '/~', ''))),
        (tokens) => {
          const pointer = tokens.reduce<string>((parent, token) => joinPointer(parent, token), '');
          expect(parsePointer(pointer)).toEqual(tokens);
        },
      ),
      { seed: Number(process.env.FC_SEED) },
    );
  });

  it('parentPointer drops the last token, escaped or not', () => {
    expect(parentPointer('/purposes/1/retention')).toBe('/purposes/1');
    expect(parentPointer('/a~1b')).toBe('');
    expect(parentPointer('/a~1b/c')).toBe('/a~1b');
    expect(parentPointer('')).toBeUndefined();
  });
});

describe('getAtPointer', () => {
  const data = {
    purposes: [{ id: 'order', retention: { duration: 'P24M' } }, { id: 'bookkeeping' }],
    'a/b': { '~': 1 },
    empty: null,
  };

  it('walks mappings and lists', () => {
    expect(getAtPointer(data, '')).toBe(data);
    expect(getAtPointer(data, '/purposes/0/retention/duration')).toBe('P24M');
    expect(getAtPointer(data, '/purposes/1')).toEqual({ id: 'bookkeeping' });
    expect(getAtPointer(data, '/a~1b/~0')).toBe(1);
    expect(getAtPointer(data, '/empty')).toBeNull();
  });

  it('is undefined for anything missing', () => {
    expect(getAtPointer(data, '/purposes/2')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/-')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/1/retention')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/1/retention/duration')).toBeUndefined();
    expect(getAtPointer(data, '/empty/x')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/0/id/length')).toBeUndefined();
    expect(getAtPointer('text', '/0')).toBeUndefined();
    expect(getAtPointer(undefined, '/a')).toBeUndefined();
  });

  it('finds only elements in a list, not its properties (RFC 6901: array tokens are indexes)', () => {
    expect(getAtPointer(data, '/purposes/length')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/01')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/ 1')).toBeUndefined();
  });

  it('finds only own keys, never inherited ones', () => {
    expect(getAtPointer(data, '/__proto__')).toBeUndefined();
    expect(getAtPointer(data, '/constructor')).toBeUndefined();
    expect(getAtPointer(data, '/purposes/0/toString')).toBeUndefined();
    const own = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    expect(getAtPointer(own, '/__proto__/polluted')).toBe(true);
  });
});
