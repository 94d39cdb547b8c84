import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The Myomap release, from the root package.json. */
export const MYOMAP_VERSION: string = packageJson.version;
