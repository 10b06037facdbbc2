import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest unit files, with the seconds they took on an idle 2-core machine (4 December 2026).
 * Vitest orders files by project name first and, on a clean clone, has no durations to go by, so the
 * kill test started half-way and the Electronegativity run came last, alone on one core for 20 s.
 * Starting these first lets the short files fill the other core until both finish together.
 * All of them run in the one project `unit`: a worker is reused only for a file of the same project,
 * so files of other projects moved forward would each start a new worker and load every module again.
 */
export const LANGZAAM: Record<string, number> = {
  'tests/unit/kill-tijdens-opslaan.test.ts': 74,
  'tests/unit/beschadigd-fuzz.test.ts': 56,
  'tests/unit/stand-gelijk.test.ts': 22,
  'tests/unit/hardening-lint.test.ts': 22,
  'tests/unit/vijandige-invoer.test.ts': 21,
  'tests/unit/cli-ontgrendelpogingen.test.ts': 10,
  'tests/unit/samenvoegen-smal.test.ts': 9,
};

const seconden = (spec: TestSpecification) => {
  const pad = spec.moduleId.replace(/\\/g, '/');
  const eigen = Object.keys(LANGZAAM).find((naam) => pad.endsWith(naam));
  return eigen ? (LANGZAAM[eigen] as number) : 0;
};

/** Longest known files first, across projects; the rest in Vitest's own order (its cache, else size). */
export default class LangzaamEerst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const eigen = await super.sort(files);
    // Array.prototype.sort is stable: files of equal weight keep Vitest's order.
    return [...eigen].sort((a, b) => seconden(b) - seconden(a));
  }
}
