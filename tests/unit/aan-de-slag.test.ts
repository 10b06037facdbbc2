import { beforeAll, describe, expect, test } from 'vitest';
import { UserSettings } from '../../electron/main/services/user-settings';
import { vulVoorbeeld } from '../../electron/main/services/voorbeeld';
import { Db } from '../../electron/main/store/database';
import { migrate } from '../../electron/main/store/migrate';
import { aanDeSlagFeiten, werkgroepId } from '../../electron/main/store/repositories/aan-de-slag';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import {
  type AanDeSlagFeiten,
  type AanDeSlagSleutel,
  aanDeSlagStappen,
  aanDeSlagTonen,
} from '../../shared/domain/aan-de-slag';
import { tempDir } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const NIETS: AanDeSlagFeiten = {
  organisatiesBuitenGemeenten: 0,
  waarderingstabelGekozen: false,
  inventarisatierondes: 0,
  kandidaten: 0,
  groepen: 0,
  planningactiviteiten: 0,
  bijeenkomsten: 0,
};

/** Each fact and the one step it ticks. */
const FEIT_STAP: [Partial<AanDeSlagFeiten>, AanDeSlagSleutel][] = [
  [{ organisatiesBuitenGemeenten: 1 }, 'organisaties'],
  [{ waarderingstabelGekozen: true }, 'waarderingstabel'],
  [{ inventarisatierondes: 2 }, 'inventarisatie'],
  [{ kandidaten: 1 }, 'kandidaten'],
  [{ groepen: 1 }, 'groep'],
  [{ planningactiviteiten: 3 }, 'planning'],
  [{ bijeenkomsten: 1 }, 'bijeenkomst'],
];

const klaar = (f: AanDeSlagFeiten) =>
  aanDeSlagStappen(f)
    .filter((s) => s.klaar)
    .map((s) => s.sleutel);

describe('the Aan de slag checklist', () => {
  test('lists the steps in the order they build on each other, each with a page', () => {
    const stappen = aanDeSlagStappen(NIETS);
    expect(stappen.map((s) => s.sleutel)).toEqual(FEIT_STAP.map(([, sleutel]) => sleutel));
    expect(stappen.map((s) => s.pad)).toEqual([
      'organisaties',
      'sroi/waardering',
      'inventarisatie',
      'kandidaten',
      'groepen',
      'planning',
      'bijeenkomsten',
    ]);
    expect(klaar(NIETS)).toEqual([]);
  });

  test.each(FEIT_STAP)('%o ticks only %s', (feit, sleutel) => {
    expect(klaar({ ...NIETS, ...feit })).toEqual([sleutel]);
  });

  test('shows while a step is open and it is not hidden', () => {
    const open = aanDeSlagStappen({ ...NIETS, kandidaten: 4 });
    const alles = aanDeSlagStappen(Object.assign({ ...NIETS }, ...FEIT_STAP.map(([f]) => f)));
    expect(aanDeSlagTonen({ stappen: open, verborgen: false })).toBe(true);
    expect(aanDeSlagTonen({ stappen: open, verborgen: true })).toBe(false);
    expect(alles.every((s) => s.klaar)).toBe(true);
    expect(aanDeSlagTonen({ stappen: alles, verborgen: false })).toBe(false);
  });

  test('a new werkgroep in a region starts with nothing ticked: its own gemeenten are no organisaties to add', () => {
    const db = regioDb(SQL);
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM organisatie WHERE soort = 'gemeente'")?.n).toBe(
      7,
    );
    expect(klaar(aanDeSlagFeiten(db))).toEqual([]);
    db.insert('organisatie', { naam: 'Bouwbedrijf De Vliet', soort: 'werkgever' });
    expect(klaar(aanDeSlagFeiten(db))).toEqual(['organisaties']);
  });

  test('the example werkgroep has every step done, so it never shows the list', () => {
    const db = new Db(new SQL.Database());
    migrate(db);
    db.transaction(() => vulVoorbeeld(db, new Date('2025-11-15T12:00:00Z')));
    const stappen = aanDeSlagStappen(aanDeSlagFeiten(db));
    expect(stappen.filter((s) => !s.klaar)).toEqual([]);
    expect(aanDeSlagTonen({ stappen, verborgen: false })).toBe(false);
  });

  test('hiding is remembered per user and per werkgroep, across a restart', async () => {
    const map = await tempDir();
    const een = werkgroepId(regioDb(SQL));
    const ander = werkgroepId(regioDb(SQL));
    expect(een).not.toBe(ander);
    const instellingen = await UserSettings.load(map);
    expect(instellingen.aanDeSlagVerborgen(een)).toBe(false);
    await instellingen.verbergAanDeSlag(een, true);
    const herstart = await UserSettings.load(map);
    expect(herstart.aanDeSlagVerborgen(een)).toBe(true);
    expect(herstart.aanDeSlagVerborgen(ander)).toBe(false);
    await herstart.verbergAanDeSlag(een, false);
    expect((await UserSettings.load(map)).aanDeSlagVerborgen(een)).toBe(false);
  });
});
