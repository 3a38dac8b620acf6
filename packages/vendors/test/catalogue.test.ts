import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../service.schema.json' with { type: 'json' };
import data from '../catalogue.json' with { type: 'json' };
import {
  catalogue,
  catalogueIndex,
  indexServices,
  parseDependencyFile,
  type Ecosystem,
  type Service,
} from '../src/index.js';
import { assembleCatalogue, catalogueModule } from '../scripts/catalogue.mjs';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('catalogue', () => {
  it('catalogue.json is assembled from services/ (run `pnpm --filter @privacyspec/vendors build`)', () => {
    expect(JSON.parse(assembleCatalogue())).toEqual(data);
  });
  it('src/generated/catalogue.ts is generated from services/ (run `pnpm --filter @privacyspec/vendors build`)', async () => {
    const committed = readFileSync(
      new URL('../src/generated/catalogue.ts', import.meta.url),
      'utf8',
    );
    expect(committed === (await catalogueModule()), 'src/generated/catalogue.ts is stale').toBe(
      true,
    );
  });
  it('the catalogue the code loads is catalogue.json', () => {
    expect(catalogue.services).toEqual(data.services);
    expect(catalogue.services).toBe(catalogue.services);
  });
  it("the bundled index finds what an index of the catalogue's services finds", () => {
    const bundled = catalogueIndex();
    const built = indexServices(catalogue.services);
    expect(bundled.services).toBe(catalogue.services);
    expect(bundled.byPackage('npm', '@sentry/node')?.id).toBe('sentry');
    expect(bundled.byHost('eu.i.posthog.com')).toBe(built.byHost('eu.i.posthog.com'));
    expect(bundled.byHost('posthog.example')).toBeUndefined();
  });
  it('conforms to service.schema.json', () => {
    const validate = validator();
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
  it('the schema refuses a fact without its source or date', () => {
    const validate = validator();
    const unsourced = {
      services: [
        { id: 'x', name: 'X', category: 'analytics', country: { value: 'US', asOf: '2026-01-01' } },
      ],
    };
    const undated = {
      services: [
        {
          id: 'x',
          name: 'X',
          category: 'analytics',
          country: { value: 'US', source: 'https://x.example/' },
        },
      ],
    };
    expect(validate(unsourced)).toBe(false);
    expect(validate(undated)).toBe(false);
  });
  it('ids are unique and no package or domain belongs to two services', () => {
    const ids = catalogue.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Packages as the scanner looks them up (PyPI normalised, Go across majors): a name that two
    // services share, in any spelling, would be found as one of them only.
    const index = indexServices();
    for (const service of catalogue.services)
      for (const [ecosystem, names] of Object.entries(service.packages ?? {}))
        for (const name of names!.value)
          expect(index.byPackage(ecosystem as Ecosystem, name)?.id, `${ecosystem}:${name}`).toBe(
            service.id,
          );
    const owners = new Map<string, string>();
    for (const service of catalogue.services) {
      const keys = Object.values(service.domains ?? {}).flatMap((domains) => domains!.value);
      for (const key of keys) {
        expect(owners.get(key) ?? service.id, key).toBe(service.id);
        owners.set(key, service.id);
      }
    }
  });
  it('finds a service by package and by host or its parent domains', () => {
    const fake: Service = {
      id: 'acme',
      name: 'Acme',
      category: 'analytics',
      packages: {
        npm: { value: ['@acme/sdk'], source: 'https://acme.example/', asOf: '2026-01-01' },
        pypi: { value: ['Acme-SDK'], source: 'https://acme.example/', asOf: '2026-01-01' },
      },
      domains: {
        script: {
          value: ['cdn.acme.example'],
          source: 'https://acme.example/',
          asOf: '2026-01-01',
        },
      },
    };
    const index = indexServices([fake]);
    expect(index.byPackage('npm', '@acme/sdk')?.id).toBe('acme');
    expect(index.byPackage('npm', '@acme/other')).toBeUndefined();
    expect(index.byPackage('pypi', 'acme-sdk')?.id).toBe('acme');
    expect(index.byHost('eu.cdn.acme.example')?.id).toBe('acme');
    expect(index.byHost('acme.example')).toBeUndefined();
  });
  it('matches PyPI names as PEP 503 normalises them, and Go modules across major versions', () => {
    const fake: Service = {
      id: 'acme',
      name: 'Acme',
      category: 'analytics',
      packages: {
        pypi: { value: ['acme_api.client'], source: 'https://acme.example/', asOf: '2026-01-01' },
        go: {
          value: ['github.com/acme/acme-go', 'gopkg.in/acme/legacy'],
          source: 'https://acme.example/',
          asOf: '2026-01-01',
        },
      },
    };
    const index = indexServices([fake]);
    expect(index.byPackage('pypi', 'acme-api-client')?.id).toBe('acme');
    expect(index.byPackage('go', 'github.com/acme/acme-go')?.id).toBe('acme');
    expect(index.byPackage('go', 'github.com/acme/acme-go/v82')?.id).toBe('acme');
    expect(index.byPackage('go', 'gopkg.in/acme/legacy.v5')?.id).toBe('acme');
    // Only a trailing major version is dropped: another module under the path is not the SDK.
    expect(index.byPackage('go', 'github.com/acme/acme-go/v2/contrib')).toBeUndefined();
    expect(index.byPackage('go', 'github.com/acme/acme-go-extras')).toBeUndefined();
    expect(index.byPackage('go', 'github.com/acme/acme-go/v1')).toBeUndefined();
    expect(index.byPackage('go', 'github.com/acme/acme-go/v02')).toBeUndefined();
  });
  it('the bundled catalogue names SDKs beyond npm: a Go project on stripe-go v82 is Stripe', () => {
    const index = indexServices();
    expect(index.byPackage('go', 'github.com/stripe/stripe-go/v82')?.id).toBe('stripe');
    expect(index.byPackage('maven', 'io.sentry:sentry-android')?.id).toBe('sentry');
    expect(index.byPackage('composer', 'mollie/mollie-api-php')?.id).toBe('mollie');
  });
  it("an Android app's build.gradle: each mobile SDK is its vendor's service, other libraries none", () => {
    const gradle = [
      'dependencies {',
      "    implementation 'com.adjust.sdk:adjust-android:5.8.0'",
      '    implementation("com.stripe:stripe-android:21.0.0")',
      '    api "com.braze:android-sdk-ui:32.0.0"',
      "    implementation 'com.squareup.okhttp3:okhttp:4.12.0'",
      "    testImplementation 'junit:junit:4.13.2'",
      '}',
    ].join('\n');
    const index = indexServices();
    const { dependencies } = parseDependencyFile('app/build.gradle', gradle);
    expect(
      dependencies.map((d) => `${d.line} ${index.byPackage(d.ecosystem, d.name)?.id ?? '-'}`),
    ).toEqual(['2 adjust', '3 stripe', '4 braze', '5 -', '6 -']);
  });
});
