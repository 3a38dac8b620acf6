// The scan-paths input as folders to walk and a test on repository paths.
import { describe, expect, it } from 'vitest';
import { scanSelection } from '../src/scan.js';

describe('scanSelection', () => {
  it('"." walks the whole repository and takes every path', () => {
    const selection = scanSelection(['.']);
    expect(selection.roots).toEqual(['.']);
    expect(selection.accepts('package.json')).toBe(true);
    expect(selection.accepts('web/app/index.html')).toBe(true);
  });

  it('a folder takes what is below it, not a sibling with the same prefix', () => {
    const selection = scanSelection(['web', 'api/package.json']);
    expect(selection.roots).toEqual(['web', 'api/package.json']);
    expect(selection.accepts('web/package.json')).toBe(true);
    expect(selection.accepts('website/package.json')).toBe(false);
    expect(selection.accepts('api/package.json')).toBe(true);
    expect(selection.accepts('api/other/package.json')).toBe(false);
  });

  it('a glob walks from the folder it starts with; ! excludes, dot folders included', () => {
    const selection = scanSelection(['apps/**/package.json', '!apps/legacy/**', '.well-known']);
    expect(selection.roots).toEqual(['apps', '.well-known']);
    expect(selection.accepts('apps/shop/package.json')).toBe(true);
    expect(selection.accepts('apps/.hidden/package.json')).toBe(true);
    expect(selection.accepts('apps/shop/index.html')).toBe(false);
    expect(selection.accepts('apps/legacy/package.json')).toBe(false);
    expect(selection.accepts('.well-known/index.html')).toBe(true);
  });

  it('a glob with no folder before it walks the repository', () => {
    expect(scanSelection(['**/*.html', 'web']).roots).toEqual(['.']);
  });
});
