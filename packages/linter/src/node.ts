// The `@privacyspec/linter/node` entry (dist/node.js): see node/index.ts.
export * from './node/index.js';
