import { configDefaults, defineConfig } from 'vitest/config';
import LangzaamEerst from './tests/langzaam-eerst.ts';
import { projectNaam, VASTE_MOMENTEN, VASTE_ZONE } from './tests/vaste-momenten.ts';

/**
 * Date handling must not depend on the computer's time zone: the tests that write, read or show
 * dates run twice, once in UTC and once in Europe/Amsterdam (with its summer time), whatever zone
 * the machine running them is in. All other tests run once, in the machine's own zone.
 */
const DATUMTESTS = [
  'tests/unit/datum-tijdzone.test.ts',
  'tests/unit/format.test.ts',
  'tests/unit/kandidaten-import.test.ts',
  'tests/unit/excel-sroi.test.ts',
  'tests/unit/klok.test.ts',
  'tests/unit/ontvangen-lokale-dag.test.ts',
  'tests/unit/datum-invoer.test.ts',
  'tests/unit/opgeslagen-tekst.test.ts',
];

/**
 * The tests whose outcome depends on "today" (the example werkgroep, capacity, planning, retention,
 * voorbereiden, dashboard and evaluation figures). They run again, in the same run, on each fixed
 * moment of tests/vaste-momenten.ts: TAFELWERK_NU sets the product's clock in the test process
 * (tests/klok-instellen.ts) and in the command lines the CLI tests start.
 */
export const DATUMGEVOELIG = [
  'tests/unit/avg.test.ts',
  'tests/unit/bijeenkomsten.test.ts',
  'tests/unit/capaciteit.test.ts',
  'tests/unit/cijfers-overal-gelijk.test.ts',
  'tests/unit/cli.test.ts',
  'tests/unit/cli-excel.test.ts',
  'tests/unit/controle-merk.test.ts',
  'tests/unit/database.test.ts',
  'tests/unit/evaluaties.test.ts',
  'tests/unit/fo-pakket.test.ts',
  'tests/unit/format.test.ts',
  'tests/unit/indicatoren*.test.ts',
  'tests/unit/kandidaten.test.ts',
  'tests/unit/klok.test.ts',
  'tests/unit/planning.test.ts',
  'tests/unit/session.test.ts',
  'tests/unit/voorbereiden.test.ts',
  'tests/unit/voorbeeld*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // A guard against hangs, not a speed goal: a loaded 2-core machine is slow, not wrong.
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Many files
    // mostly wait (fsync, child processes, the CLI), so two files at a time keep both cores busy.
    maxWorkers: 2,
    // A worker keeps the modules it loaded for its next file instead of loading them again for each
    // one: that import was 145 s of a 436 s run. Files share no state but the product's clock, which
    // tests/klok-instellen.ts sets again before every file, and process.env, which no file changes
    // for the next one (TAFELWERK_NU comes from the project's env).
    isolate: false,
    setupFiles: ['tests/klok-instellen.ts'],
    // The slowest files start first, so both workers finish together (tests/langzaam-eerst.ts).
    sequence: { sequencer: LangzaamEerst },
    reporters: ['default', ['json', { outputFile: process.env.TAFELWERK_RAPPORT ?? 'reports/unit.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/smoke/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DATUMTESTS],
        },
      },
      { extends: true, test: { name: 'tz-utc', include: DATUMTESTS, env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'tz-amsterdam', include: DATUMTESTS, env: { TZ: VASTE_ZONE } } },
      ...VASTE_MOMENTEN.map((moment) => ({
        extends: true as const,
        test: {
          name: projectNaam(moment),
          include: DATUMGEVOELIG,
          env: { TZ: VASTE_ZONE, TAFELWERK_NU: moment },
        },
      })),
    ],
  },
});
