import packageJson from '../package.json' with { type: 'json' };

/** This package's version; release tags are v<version>. */
export const version: string = packageJson.version;
