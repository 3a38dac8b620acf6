import { positionFinder } from '../position.js';
import type { Dependency, DependencyParse, DependencyScope, ParseProblem } from '../types.js';
import { blankXmlComments, childText, startTags, type XmlElement } from './xml.js';

const REFERENCE_TAGS = new Set(['packagereference', 'globalpackagereference']);
const PACKAGES_CONFIG_TAGS = new Set(['package']);

function unclosedTag(
  at: (offset: number) => { line: number; column: number },
  offset: number,
  fileName: string,
): ParseProblem {
  return {
    ...at(offset),
    message: `${fileName}: this tag is never closed (a missing \`>\` or quote), so the packages from here on cannot be read. Close the tag.`,
  };
}

/**
 * MSBuild project files (`*.csproj`, `*.fsproj`, `*.vbproj`) and the shared
 * `Directory.Build.props` / `Directory.Packages.props`: each `<PackageReference Include="…">`
 * and `<GlobalPackageReference>`, at the id. `Update=` only changes a reference made
 * elsewhere and `<PackageVersion>` only pins a version (central package management), so
 * neither brings a package in. `PrivateAssets="all"` keeps a package out of what ships:
 * analysers and build tools, so dev.
 */
export function parseMsbuildProject(text: string, fileName = 'project file'): DependencyParse {
  const xml = blankXmlComments(text);
  const at = positionFinder(text);
  const { elements, unclosedAt } = startTags(xml, REFERENCE_TAGS);
  const problems = unclosedAt === undefined ? [] : [unclosedTag(at, unclosedAt, fileName)];
  const dependencies: Dependency[] = [];
  let knownClose: number | undefined;
  elements.forEach((element, index) => {
    const include = element.attributes.get('include');
    if (!include || include.value.trim() === '') return;
    // Child elements (`<Version>`, `<PrivateAssets>`) sit before the closing tag. The close found
    // for one element serves every later one before it, and a region that holds the next
    // reference is not read, so hostile nesting costs the text's length once.
    let children = '';
    if (!element.selfClosing && knownClose !== -1) {
      if (knownClose === undefined || knownClose < element.end)
        knownClose = xml.indexOf(`</${element.name}`, element.end);
      const next = elements[index + 1]?.offset ?? xml.length;
      if (knownClose !== -1 && knownClose < next) children = xml.slice(element.end, knownClose);
    }
    const version =
      element.attributes.get('version')?.value ??
      element.attributes.get('versionoverride')?.value ??
      childText(children, 'Version');
    const privateAssets =
      element.attributes.get('privateassets')?.value ?? childText(children, 'PrivateAssets');
    const scope: DependencyScope =
      privateAssets?.trim().toLowerCase() === 'all' ? 'dev' : 'runtime';
    dependencies.push({
      ecosystem: 'nuget',
      name: include.value.trim(),
      ...(version ? { version } : {}),
      scope,
      direct: true,
      ...at(include.offset + include.value.length - include.value.trimStart().length),
    });
  });
  return { dependencies, problems };
}

/**
 * packages.config (the format before PackageReference): each `<package id="…">`, at the id.
 * `developmentDependency="true"` marks a build-time package: dev.
 */
export function parsePackagesConfig(text: string): DependencyParse {
  const xml = blankXmlComments(text);
  const at = positionFinder(text);
  const { elements, unclosedAt } = startTags(xml, PACKAGES_CONFIG_TAGS);
  const problems = unclosedAt === undefined ? [] : [unclosedTag(at, unclosedAt, 'packages.config')];
  const dependencies = elements.flatMap((element: XmlElement): Dependency[] => {
    const id = element.attributes.get('id');
    if (!id || id.value.trim() === '') return [];
    const version = element.attributes.get('version')?.value;
    const development =
      element.attributes.get('developmentdependency')?.value.trim().toLowerCase() === 'true';
    return [
      {
        ecosystem: 'nuget',
        name: id.value.trim(),
        ...(version ? { version } : {}),
        scope: development ? 'dev' : 'runtime',
        direct: true,
        ...at(id.offset + id.value.length - id.value.trimStart().length),
      },
    ];
  });
  return { dependencies, problems };
}
