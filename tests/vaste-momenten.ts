/**
 * Besides today, the date-sensitive tests run on fixed moments, late in the evening in Amsterdam:
 * the last evening of a year, the first night of the next, and a leap day. vitest.config.ts and
 * playwright.config.ts add one project per moment to the same run (no separate runs to start up),
 * with the product's clock (shared/klok.ts) set to that moment.
 */
export const VASTE_MOMENTEN = ['2026-12-31T23:30', '2027-01-01T00:30', '2028-02-29T23:30'] as const;

/** The zone the fixed moments are read in: the users' own. */
export const VASTE_ZONE = 'Europe/Amsterdam';

/** A project name for a moment: `op-20261231-2330`. */
export const projectNaam = (moment: string) =>
  `op-${moment.replace(/-/g, '').replace(/[T:]/g, (c) => (c === 'T' ? '-' : ''))}`;
