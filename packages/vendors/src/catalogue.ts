import { SERVICES } from './generated/catalogue.js';
import { normalisePythonName } from './parsers/python.js';
import type { Ecosystem } from './types.js';

/** Where a fact was read: the page, and the date it shows (or, with `checked`, the date it was read). */
export interface Sourced<T> {
  value: T;
  source: string;
  asOf: string;
  checked?: 'stored-copy';
}

export type ServiceCategory =
  | 'analytics'
  | 'product-analytics'
  | 'session-replay'
  | 'error-tracking'
  | 'monitoring'
  | 'payments'
  | 'email-marketing'
  | 'crm-support'
  | 'advertising'
  | 'tag-manager'
  | 'ab-testing'
  | 'auth'
  | 'maps'
  | 'video'
  | 'cdn-hosting';

export type ServiceRole =
  'processor' | 'controller' | 'joint-controller' | 'processor-and-controller';

export interface Service {
  id: string;
  name: string;
  aliases?: string[];
  category: ServiceCategory;
  legalEntity?: Sourced<string>;
  /** ISO 3166-1 alpha-2 country of establishment of the legal entity. */
  country?: Sourced<string>;
  processingRegions?: Sourced<string[]> & { euResidency?: boolean };
  dpf?: Sourced<'certified' | 'not-certified'> & { entity?: string };
  role?: Sourced<ServiceRole>;
  privacyPolicy?: Sourced<string>;
  /** The DPA or SCC page, usable as a recipient's `copyAt`. */
  dpa?: Sourced<string>;
  packages?: Partial<Record<Ecosystem, Sourced<string[]>>>;
  domains?: Partial<Record<'script' | 'pixel' | 'api', Sourced<string[]>>>;
}

export interface Catalogue {
  services: Service[];
}

const builtServices: Service[] = [];

/**
 * The bundled catalogue's service at a position, built on first use: a lint that matches a
 * recipient to one service builds that service only.
 */
export function bundledService(position: number): Service {
  builtServices[position] ??= SERVICES[position]!();
  return builtServices[position];
}

let allServices: Service[] | undefined;

/**
 * The bundled catalogue (catalogue.json, validated against service.schema.json in the tests),
 * built when `services` is first read rather than when the module loads.
 */
export const catalogue: Catalogue = {
  get services() {
    allServices ??= SERVICES.map((_, position) => bundledService(position));
    return allServices;
  },
};

/** Lookups from a package or a host to the service behind it. */
export interface ServiceIndex {
  byPackage(ecosystem: Ecosystem, name: string): Service | undefined;
  /** The service for a host or any parent domain of it (`eu.i.posthog.com` → `i.posthog.com` …). */
  byHost(host: string): Service | undefined;
  services: readonly Service[];
}

/**
 * A Go module's major-version suffix (`/v2` … `/v82`; there is no `/v1`), or gopkg.in's `.v1` …:
 * the path changes with each major release, the SDK does not.
 */
const GO_MAJOR_SUFFIX = /(?:\/v(?:[2-9]|[1-9][0-9]+)|\.v[0-9]+)$/;

/**
 * The key a package is looked up by: PyPI names as PEP 503 normalises them (as the parser does),
 * Go module paths without their major-version suffix, which changes with every major release,
 * NuGet ids lower-cased, as NuGet compares them.
 */
function packageKey(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'pypi') return `pypi\n${normalisePythonName(name)}`;
  if (ecosystem === 'go') return `go\n${name.replace(GO_MAJOR_SUFFIX, '')}`;
  if (ecosystem === 'nuget') return `nuget\n${name.toLowerCase()}`;
  return `${ecosystem}\n${name}`;
}

export function indexServices(services: readonly Service[] = catalogue.services): ServiceIndex {
  const packages = new Map<string, Service>();
  const hosts = new Map<string, Service>();
  for (const service of services) {
    for (const [ecosystem, names] of Object.entries(service.packages ?? {})) {
      for (const name of names?.value ?? [])
        packages.set(packageKey(ecosystem as Ecosystem, name), service);
    }
    for (const domains of Object.values(service.domains ?? {}))
      for (const host of domains?.value ?? []) hosts.set(host, service);
  }
  return {
    services,
    byPackage: (ecosystem, name) => packages.get(packageKey(ecosystem, name)),
    byHost: (host) => {
      for (
        let domain = host.toLowerCase();
        domain.includes('.');
        domain = domain.slice(domain.indexOf('.') + 1)
      ) {
        const service = hosts.get(domain);
        if (service) return service;
      }
      return undefined;
    },
  };
}

let bundledIndex: ServiceIndex | undefined;

/**
 * The index of the bundled catalogue. It builds the catalogue and indexes packages and hosts on
 * its first lookup, so that taking it costs nothing: lint matches recipients by name only
 * (match.ts knows this index and uses the precomputed name table).
 */
export function catalogueIndex(): ServiceIndex {
  if (bundledIndex) return bundledIndex;
  let built: ServiceIndex | undefined;
  const index = () => (built ??= indexServices(catalogue.services));
  bundledIndex = {
    get services() {
      return index().services;
    },
    byPackage: (ecosystem, name) => index().byPackage(ecosystem, name),
    byHost: (host) => index().byHost(host),
  };
  return bundledIndex;
}
