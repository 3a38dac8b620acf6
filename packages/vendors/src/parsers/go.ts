import { linesOf } from '../position.js';
import type { Dependency, DependencyParse } from '../types.js';

/**
 * go.mod: `require path version` lines and `require ( … )` blocks. A `// indirect` comment
 * marks a module only another module needs. go.mod does not separate test-only modules.
 */
export function parseGoMod(text: string): DependencyParse {
  const dependencies: Dependency[] = [];
  let inRequireBlock = false;
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    lineNumber++;
    const comment = line.text.indexOf('//');
    const code = (comment === -1 ? line.text : line.text.slice(0, comment)).trim();
    let requirement: string | undefined;
    if (inRequireBlock) {
      if (code === ')') inRequireBlock = false;
      else requirement = code;
    } else if (code === 'require (' || code === 'require(') {
      inRequireBlock = true;
    } else if (code.startsWith('require ')) {
      requirement = code.slice('require '.length).trim();
    }
    if (!requirement) continue;
    const [path, version] = requirement.split(/\s+/);
    if (!path) continue;
    const name = path.replace(/^"|"$/g, '');
    const indirect =
      comment !== -1 &&
      line.text
        .slice(comment + 2)
        .trim()
        .startsWith('indirect');
    dependencies.push({
      ecosystem: 'go',
      name,
      ...(version ? { version } : {}),
      scope: 'runtime',
      direct: !indirect,
      line: lineNumber,
      column: line.text.indexOf(path) + 1,
    });
  }
  return { dependencies, problems: [] };
}
