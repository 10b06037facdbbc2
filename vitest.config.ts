import { configDefaults, defineConfig } from 'vitest/config';

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
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20000,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
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
      { extends: true, test: { name: 'tz-amsterdam', include: DATUMTESTS, env: { TZ: 'Europe/Amsterdam' } } },
    ],
  },
});
