import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { LineStarts, NO_PARENT, PositionMap } from './positions.js';

const at = (start: number, end = start + 1) => ({ start, end, valueStart: start, valueEnd: end });

describe('PositionMap', () => {
  /** {a: [x, y], "b/c": {"~d": 1}} as the loader adds it: each node after its parent. */
  function sample(): PositionMap {
    const map = new PositionMap(new LineStarts('0123456789\nabcdefghij\n'));
    const root = map.add(NO_PARENT, '', 0, 20, 0, 20);
    const a = map.add(root, 'a', 1, 5, 2, 5);
    map.add(a, 0, 3, 4, 3, 4);
    map.add(a, 1, 4, 5, 4, 5);
    const bc = map.add(root, 'b/c', 11, 19, 14, 19);
    map.add(bc, '~d', 15, 18, 17, 18);
    return map;
  }

  it('finds every node by its pointer, escapes included', () => {
    const map = sample();
    expect(map.offsets('')).toEqual({ start: 0, end: 20, valueStart: 0, valueEnd: 20 });
    expect(map.offsets('/a/1')).toEqual(at(4, 5));
    expect(map.offsets('/b~1c/~0d')).toEqual({ start: 15, end: 18, valueStart: 17, valueEnd: 18 });
    expect(map.get('/b~1c')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 9 });
    expect([...map.pointers()]).toEqual(['', '/a', '/a/0', '/a/1', '/b~1c', '/b~1c/~0d']);
    expect(map.size).toBe(6);
  });

  it('knows what is not there: a missing key, an index past the end, a non-index in a list', () => {
    const map = sample();
    for (const pointer of ['/c', '/a/2', '/a/01', '/a/x', '/a/0/z', 'a', '/b~1c/d'])
      expect(map.has(pointer), pointer).toBe(false);
    expect(map.closest('/a/7/name')).toEqual(map.get('/a'));
  });

  it('set() adds a node under missing parents, which themselves have no position', () => {
    const map = new PositionMap(new LineCounter());
    map.set('/x/0/y', at(5));
    expect(map.offsets('/x/0/y')).toEqual(at(5));
    expect(map.has('/x')).toBe(false);
    expect([...map.pointers()]).toEqual(['/x/0/y']);
    map.set('/x', at(1));
    map.set('/x/0/y', at(6));
    expect(map.offsets('/x')).toEqual(at(1));
    expect(map.offsets('/x/0/y')).toEqual(at(6));
    expect(map.size).toBe(2);
  });

  it('a later sibling with the same key replaces the earlier one (keys 1 and "1" are one pointer)', () => {
    const map = new PositionMap(new LineCounter());
    const root = map.add(NO_PARENT, '', 0, 9, 0, 9);
    map.add(root, '1', 1, 2, 1, 2);
    map.add(root, '1', 3, 4, 3, 4);
    expect(map.offsets('/1')).toEqual(at(3));
    expect([...map.pointers()]).toEqual(['', '/1']);
    expect(map.size).toBe(2);
    expect(map.nodeCount).toBe(3);
  });

  it('looks keys up in a large mapping and items up in a list with gaps', () => {
    const map = new PositionMap(new LineCounter());
    const root = map.add(NO_PARENT, '', 0, 99, 0, 99);
    const wide = map.add(root, 'wide', 0, 1, 0, 1);
    for (let i = 0; i < 100; i++) map.add(wide, `k${i}`, i, i + 1, i, i + 1);
    const list = map.add(root, 'list', 0, 1, 0, 1);
    map.add(list, 0, 10, 11, 10, 11);
    map.add(list, 2, 12, 13, 12, 13);
    expect(map.offsets('/wide/k73')).toEqual(at(73));
    expect(map.offsets('/list/2')).toEqual(at(12));
    expect(map.has('/list/1')).toBe(false);
  });

  it('clear() forgets everything', () => {
    const map = sample();
    map.clear();
    expect(map.size).toBe(0);
    expect(map.has('')).toBe(false);
  });
});

describe('LineStarts', () => {
  it("gives the line and column of an offset as yaml's LineCounter does", () => {
    const text = 'ab\n\ncd\nef';
    const counter = new LineCounter();
    counter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      counter.addNewLine(i + 1);
    const lines = new LineStarts(text);
    for (let offset = 0; offset <= text.length + 1; offset++)
      expect(lines.linePos(offset), `offset ${offset}`).toEqual(counter.linePos(offset));
  });
});
