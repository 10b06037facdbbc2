import { beforeAll, describe, expect, test } from 'vitest';
import { initialiseerWerkgroep } from '../../electron/main/services/nieuwe-werkgroep';
import { Db } from '../../electron/main/store/database';
import { migrate } from '../../electron/main/store/migrate';
import { actieveTabel } from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { nieuweWerkgroepInvoer } from '../../shared/api/schemas';
import { starttabelVoor } from '../../shared/domain/regios';
import { TABEL_PER_SLEUTEL, type TabelSleutel } from '../../shared/domain/waarderingstabellen';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function nieuw(waarderingstabel?: TabelSleutel | null): Db {
  const db = new Db(new SQL.Database());
  migrate(db);
  initialiseerWerkgroep(db, { naam: 'Werkgroep Proef', regio: 'Oosterschelderegio', waarderingstabel });
  return db;
}

describe('a new werkgroep starts with a valuation table', () => {
  test.each(Object.keys(TABEL_PER_SLEUTEL) as TabelSleutel[])(
    'the chosen table %s is stored as version 1 and is the one in use',
    (sleutel) => {
      const tabel = actieveTabel(nieuw(sleutel));
      expect(tabel?.naam).toBe(TABEL_PER_SLEUTEL[sleutel].naam);
      expect(tabel?.versie).toBe(1);
      expect(tabel?.jaarbedragCent).toEqual(TABEL_PER_SLEUTEL[sleutel].jaarbedragCent);
    },
  );

  test('choosing later (null) or leaving it out, as the example werkgroep does, stores no table', () => {
    expect(actieveTabel(nieuw(null))).toBeNull();
    expect(actieveTabel(nieuw())).toBeNull();
  });

  test('the proposal is the region’s own table, else the public Utrecht bouwblokken', () => {
    expect(starttabelVoor('Oosterschelderegio')).toBe('utrecht');
    expect(starttabelVoor('Regio Nergens')).toBe('utrecht');
  });

  test('the input accepts a known key, null or nothing, and refuses anything else in Dutch', () => {
    const basis = { naam: 'W', regio: 'R' };
    expect(nieuweWerkgroepInvoer.safeParse({ ...basis, waarderingstabel: 'friese_eis' }).success).toBe(true);
    expect(nieuweWerkgroepInvoer.safeParse({ ...basis, waarderingstabel: null }).success).toBe(true);
    expect(nieuweWerkgroepInvoer.safeParse(basis).success).toBe(true);
    const fout = nieuweWerkgroepInvoer.safeParse({ ...basis, waarderingstabel: 'amsterdam' });
    expect(fout.error?.issues[0]?.message).toBe('Kies een waarderingstabel uit de lijst.');
    expect(nieuweWerkgroepInvoer.safeParse({ ...basis, extra: 1 }).success).toBe(false);
  });
});
