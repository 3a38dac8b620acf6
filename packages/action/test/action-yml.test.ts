// action.yml and the example workflows against the code: the inputs they use exist, and the
// default declaration glob is the CLI's.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DECLARATION_GLOB } from '@privacyspec/linter/node';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES } from './fixtures.js';

interface Workflow {
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

const actionYml = async () =>
  parse(await readFile(new URL('../../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };

describe('action.yml', () => {
  it("finds declarations with the CLI's glob by default", async () => {
    expect((await actionYml()).inputs.files?.default).toBe(DECLARATION_GLOB);
  });

  it("has fail-on and fail-on-risk with the CLI's defaults", async () => {
    const { inputs } = await actionYml();
    expect(inputs['fail-on']?.default).toBe('error');
    expect(inputs['fail-on-risk']?.default).toBe('never');
  });

  it("every input is documented in the README's Action section", async () => {
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## The GitHub Action'));
    const undocumented = Object.keys((await actionYml()).inputs).filter(
      (name) => !section.includes(`${name}:`) && !section.includes(`\`${name}\``),
    );
    expect(undocumented).toEqual([]);
  });

  it('every example workflow uses only inputs the Action has, and one fails on high risk', async () => {
    const { inputs } = await actionYml();
    const folder = join(EXAMPLES, 'workflows');
    const used: Record<string, unknown>[] = [];
    for (const name of await readdir(folder)) {
      const workflow = parse(await readFile(join(folder, name), 'utf8')) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps)
          if (step.uses?.startsWith('privacyspec/privacyspec@')) used.push(step.with ?? {});
      }
    }
    for (const withInputs of used)
      for (const name of Object.keys(withInputs)) expect(Object.keys(inputs), name).toContain(name);
    expect(used.some((w) => w['fail-on-risk'] === 'high')).toBe(true);
  });
});
