// Assembles catalogue.json from services/<id>.json (one file a service, so that adding one is a
// change to one file). Run by `build`; a test fails when catalogue.json is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/** The catalogue's text as `build` writes it: services sorted by id, each without its `$schema`. */
export function assembleCatalogue() {
  const services = readdirSync(new URL('services/', root))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const service = JSON.parse(readFileSync(new URL(`services/${file}`, root), 'utf8'));
      delete service.$schema;
      if (`${service.id}.json` !== file)
        throw new Error(
          `services/${file}: the file name must be the service's id ("${service.id}")`,
        );
      return service;
    });
  return `${JSON.stringify({ $schema: './service.schema.json', services }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(new URL('catalogue.json', root), assembleCatalogue());
