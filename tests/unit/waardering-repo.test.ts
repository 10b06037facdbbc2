import { beforeAll, describe, expect, it } from 'vitest';
import { saveRealisatie } from '../../electron/main/services/realisaties';
import { Session } from '../../electron/main/services/session';
import type { Db } from '../../electron/main/store/database';
import { deleteRealisatie } from '../../electron/main/store/repositories/realisaties';
import {
  actieveTabel,
  getMenukaartOptie,
  kiesTabel,
  listMenukaart,
  type OptieGegevens,
  saveMenukaartOptie,
  slaTabelOpAlsNieuweVersie,
  waarderingsinstellingen,
} from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { MenukaartOptie } from '../../shared/domain/menukaart';
import type { OpgeslagenTabel, Waarderingsinstellingen } from '../../shared/domain/realisaties';
import { PRESET_FRIESE_EIS, PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { dialogen } from './helpers/dialogs';
import { DUTCH_ONLY } from './helpers/nederlands';
import { aanbieder, invoker, ipcWerkgroep, optieId, realisatie } from './helpers/sroi';
import { thrown } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

const ONBEKEND_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const UTRECHT = 'Regio Utrecht (publieke bouwblokken)';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const freshDb = () => regioDb(SQL);
const count = (db: Db, sql: string, params: string[] = []) => Number(db.get<{ n: number }>(sql, params)?.n);
const optie = (over: Partial<OptieGegevens> = {}): OptieGegevens => ({
  naam: 'Training op maat',
  omschrijving: null,
  waardering: 'uren',
  gearchiveerd: false,
  ...over,
});
const codes = (opties: MenukaartOptie[]) => opties.map((o) => o.code);

// ---------------------------------------------------------------------------------------------
// Menukaart
// ---------------------------------------------------------------------------------------------

describe('menukaart', () => {
  it('migration 5 seeds the 11 standard options in order, with stable codes and how each is valued', () => {
    const db = freshDb();
    const lijst = listMenukaart(db);
    expect(lijst.map((o) => [o.volgorde, o.code, o.naam, o.waardering])).toEqual([
      [1, 'intake', 'Intake en screening', 'uren'],
      [2, 'begeleider', 'Persoonlijk begeleider', 'uren'],
      [3, 'werkervaringsplaats', 'Werkervaringsplaats', 'plaatsing'],
      [4, 'bbl', 'BBL-plaats', 'plaatsing'],
      [5, 'betaalde_baan', 'Betaalde baan', 'plaatsing'],
      [6, 'project', 'Aanvullend project', 'uren'],
      [7, 'zorg', 'Zorg voor de kandidaat', 'uren'],
      [8, 'training', 'Training of certificaat', 'uren'],
      [9, 'proefplaatsing', 'Proefplaatsing', 'plaatsing'],
      [10, 'vrijwilligerswerk', 'Vrijwilligerswerk', 'geen'],
      [11, 'dagbesteding', 'Dagbesteding', 'geen'],
    ]);
    expect(lijst.every((o) => o.gearchiveerdOp === null && o.omschrijving)).toBe(true);
    expect(new Set(lijst.map((o) => o.id)).size).toBe(11);
    expect(listMenukaart(db, true)).toEqual(lijst);
    expect(count(db, 'SELECT COUNT(*) AS n FROM menukaart_optie')).toBe(11);
    expect(getMenukaartOptie(db, optieId(db, 'dagbesteding'))).toEqual(lijst[10]);
  });

  it('a new option gets a code from its name, the next volgorde, and a duplicate name (any case) is refused in Dutch', () => {
    const db = freshDb();
    const id = saveMenukaartOptie(db, optie({ omschrijving: 'Op maat gemaakt.' }));
    expect(getMenukaartOptie(db, id)).toEqual({
      id,
      code: 'training_op_maat',
      naam: 'Training op maat',
      omschrijving: 'Op maat gemaakt.',
      waardering: 'uren',
      volgorde: 12,
      gearchiveerdOp: null,
    } satisfies MenukaartOptie);
    expect(codes(listMenukaart(db)).at(-1)).toBe('training_op_maat');

    const before = count(db, 'SELECT COUNT(*) AS n FROM menukaart_optie');
    for (const naam of ['training OP MAAT', 'Training op maat', 'dagbesteding']) {
      expect(thrown(() => saveMenukaartOptie(db, optie({ naam, waardering: 'geen' })))).toMatchObject({
        code: 'ONGELDIGE_INVOER',
        message: `Er staat al een optie "${naam}" op de menukaart.`,
      });
    }
    expect(count(db, 'SELECT COUNT(*) AS n FROM menukaart_optie')).toBe(before);
  });

  it('codes are ascii, lower case with underscores, and made unique with a number', () => {
    const db = freshDb();
    const code = (naam: string) => getMenukaartOptie(db, saveMenukaartOptie(db, optie({ naam }))).code;
    // 'intake' is the seeded code of "Intake en screening"; a different name that maps to it gets _2, _3.
    expect(code('Intake')).toBe('intake_2');
    expect(code('  Intake!  ')).toBe('intake_3');
    // NFKD splits É into E + a combining accent, which is dropped; runs of other signs become one _.
    expect(code('Één-op-één coaching')).toBe('een_op_een_coaching');
    expect(code('€ & %')).toBe('optie');
    expect(code('$ # @')).toBe('optie_2');
    const alle = codes(listMenukaart(db, true));
    expect(new Set(alle).size).toBe(alle.length);
  });

  it('editing changes name, description and valuation but never the code or the volgorde', () => {
    const db = freshDb();
    const id = saveMenukaartOptie(db, optie());
    expect(
      saveMenukaartOptie(
        db,
        optie({ naam: 'Maatwerktraining', omschrijving: 'Nieuw', waardering: 'plaatsing' }),
        id,
      ),
    ).toBe(id);
    expect(getMenukaartOptie(db, id)).toMatchObject({
      code: 'training_op_maat',
      naam: 'Maatwerktraining',
      omschrijving: 'Nieuw',
      waardering: 'plaatsing',
      volgorde: 12,
    });

    const intake = optieId(db, 'intake');
    saveMenukaartOptie(db, optie({ naam: 'Kennismaking', waardering: 'geen' }), intake);
    expect(getMenukaartOptie(db, intake)).toMatchObject({
      code: 'intake',
      naam: 'Kennismaking',
      volgorde: 1,
    });

    // Its own name in another case is not a duplicate of itself; another option's name is.
    saveMenukaartOptie(db, optie({ naam: 'KENNISMAKING' }), intake);
    expect(getMenukaartOptie(db, intake).naam).toBe('KENNISMAKING');
    expect(thrown(() => saveMenukaartOptie(db, optie({ naam: 'bbl-plaats' }), intake))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Er staat al een optie "bbl-plaats" op de menukaart.',
    });
    expect(thrown(() => saveMenukaartOptie(db, optie({ naam: 'Nergens' }), ONBEKEND_ID))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: 'Deze menukaartoptie bestaat niet (meer).',
    });
    expect(thrown(() => getMenukaartOptie(db, ONBEKEND_ID)).code).toBe('NIET_GEVONDEN');
  });

  it('archiving hides an option from listMenukaart(db) but not with metGearchiveerd; the date is kept on re-save', () => {
    const db = freshDb();
    const bbl = optieId(db, 'bbl');
    saveMenukaartOptie(db, optie({ naam: 'BBL-plaats', waardering: 'plaatsing', gearchiveerd: true }), bbl);

    expect(codes(listMenukaart(db))).not.toContain('bbl');
    expect(listMenukaart(db)).toHaveLength(10);
    const alle = listMenukaart(db, true);
    expect(codes(alle)).toEqual([
      'intake',
      'begeleider',
      'werkervaringsplaats',
      'bbl',
      'betaalde_baan',
      'project',
      'zorg',
      'training',
      'proefplaatsing',
      'vrijwilligerswerk',
      'dagbesteding',
    ]);
    const gearchiveerdOp = alle.find((o) => o.code === 'bbl')?.gearchiveerdOp;
    expect(gearchiveerdOp).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));

    // Saving it again archived keeps the original date.
    saveMenukaartOptie(
      db,
      optie({ naam: 'BBL-plaats', omschrijving: 'x', waardering: 'plaatsing', gearchiveerd: true }),
      bbl,
    );
    expect(getMenukaartOptie(db, bbl).gearchiveerdOp).toBe(gearchiveerdOp);

    // An archived option keeps its code: a new option of the same name base gets a suffix.
    expect(getMenukaartOptie(db, saveMenukaartOptie(db, optie({ naam: 'BBL' }))).code).toBe('bbl_2');

    saveMenukaartOptie(db, optie({ naam: 'BBL-plaats', waardering: 'plaatsing', gearchiveerd: false }), bbl);
    expect(getMenukaartOptie(db, bbl).gearchiveerdOp).toBeNull();
    expect(codes(listMenukaart(db))).toContain('bbl');

    // A new option may be created archived right away.
    const oud = saveMenukaartOptie(db, optie({ naam: 'Oude regeling', gearchiveerd: true }));
    expect(listMenukaart(db).map((o) => o.id)).not.toContain(oud);
    expect(listMenukaart(db, true).map((o) => o.id)).toContain(oud);
  });
});

// ---------------------------------------------------------------------------------------------
// Valuation tables
// ---------------------------------------------------------------------------------------------

describe('waarderingstabellen', () => {
  it('a new file has no table and no active one', () => {
    const db = freshDb();
    expect(waarderingsinstellingen(db)).toEqual({
      tabellen: [],
      actiefId: null,
    } satisfies Waarderingsinstellingen);
    expect(actieveTabel(db)).toBeNull();
  });

  it('saving a preset makes version 1 and makes it active, with every amount kept', () => {
    const db = freshDb();
    const id = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const verwacht: OpgeslagenTabel = {
      id,
      naam: UTRECHT,
      versie: 1,
      basisUren: 36,
      minimumUren: 12,
      uurtariefCent: 10_000, // € 100 per hour
      jaarbedragCent: {
        participatiewet_kort: 4_000_000, // € 40.000 per full-time year
        participatiewet_lang: 4_000_000,
        ww: 2_000_000,
        wia_wao: 4_000_000,
        wajong: 5_000_000,
        doelgroepregister: 5_000_000,
        bbl: 3_500_000,
        bol_stage: 2_000_000,
        werkervaringsplaats: null,
        geen_uitkering: 1_000_000,
      },
      bonusCent: {
        vijftig_plus: 1_000_000,
        vijfenvijftig_plus: null,
        vast_contract: 1_000_000,
        statushouder: 1_000_000,
      },
      actief: true,
      realisaties: 0,
    };
    expect(waarderingsinstellingen(db)).toEqual({ tabellen: [verwacht], actiefId: id });
    expect(actieveTabel(db)).toEqual(verwacht);
    expect(db.get('SELECT waarderingstabel_id AS id FROM werkgroep')).toEqual({ id });
  });

  it('the same name again is version 2 and active; version 1 is unchanged; another name starts at 1', () => {
    const db = freshDb();
    const v1 = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const v1Rij = db.get('SELECT * FROM waarderingstabel WHERE id = ?', [v1]);
    const v1Tabel = actieveTabel(db);

    const v2 = slaTabelOpAlsNieuweVersie(db, {
      ...PRESET_UTRECHT,
      uurtariefCent: 12_000,
      jaarbedragCent: { ...PRESET_UTRECHT.jaarbedragCent, werkervaringsplaats: 750_000 },
    });
    expect(v2).not.toBe(v1);
    expect(actieveTabel(db)).toMatchObject({
      id: v2,
      naam: UTRECHT,
      versie: 2,
      uurtariefCent: 12_000,
      actief: true,
    });
    expect(actieveTabel(db)?.jaarbedragCent.werkervaringsplaats).toBe(750_000);
    expect(db.get('SELECT * FROM waarderingstabel WHERE id = ?', [v1])).toEqual(v1Rij);
    const na = waarderingsinstellingen(db);
    expect(na.tabellen.find((t) => t.id === v1)).toEqual({ ...v1Tabel, actief: false });

    const fries = slaTabelOpAlsNieuweVersie(db, PRESET_FRIESE_EIS);
    const alles = waarderingsinstellingen(db);
    expect(alles.actiefId).toBe(fries);
    // Ordered by name, newest version first; exactly one is active.
    expect(alles.tabellen.map((t) => [t.naam, t.versie, t.actief])).toEqual([
      ['Friese Eis (publieke bouwblokken)', 1, true],
      [UTRECHT, 2, false],
      [UTRECHT, 1, false],
    ]);
    expect(alles.tabellen.find((t) => t.id === fries)?.uurtariefCent).toBeNull();
  });

  it('kiesTabel switches the active table; an unknown id is NIET_GEVONDEN and changes nothing', () => {
    const db = freshDb();
    const v1 = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const v2 = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    kiesTabel(db, v1);
    expect(waarderingsinstellingen(db).actiefId).toBe(v1);
    expect(actieveTabel(db)).toMatchObject({ id: v1, versie: 1, actief: true });

    expect(thrown(() => kiesTabel(db, ONBEKEND_ID))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: 'Deze waarderingstabel bestaat niet (meer).',
    });
    expect(waarderingsinstellingen(db).actiefId).toBe(v1);
    kiesTabel(db, v2);
    expect(actieveTabel(db)?.versie).toBe(2);
  });

  it('counts the live realisations valued with each version', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const v1 = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const a = saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 1 }));
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 2 }));
    // A 'geen' option is valued without a table, so it counts for none.
    saveRealisatie(db, realisatie(db, zorg, 'dagbesteding'));
    const v2 = slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 3 }));

    const aantal = () =>
      Object.fromEntries(waarderingsinstellingen(db).tabellen.map((t) => [t.versie, t.realisaties]));
    expect(aantal()).toEqual({ 1: 2, 2: 1 });
    deleteRealisatie(db, a);
    expect(aantal()).toEqual({ 1: 1, 2: 1 });
    expect(waarderingsinstellingen(db).tabellen.map((t) => t.id)).toEqual([v2, v1]);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the IPC boundary, with a real Session and the file on disk.
// ---------------------------------------------------------------------------------------------

const { versie: _versie, ...utrechtInvoer } = PRESET_UTRECHT;

describe('waardering over IPC', () => {
  it("'sroi.waarderingKiezen' with the utrecht preset, then 'sroi.waarderingOpslaan' with minimumUren > basisUren is refused in Dutch", async () => {
    const { session, invoke, data } = await ipcWerkgroep();
    expect(await data('sroi.waardering', {})).toEqual({ tabellen: [], actiefId: null });
    const gekozen = await data<Waarderingsinstellingen>('sroi.waarderingKiezen', { preset: 'utrecht' });
    expect(gekozen.tabellen).toHaveLength(1);
    expect(gekozen.tabellen[0]).toMatchObject({
      naam: UTRECHT,
      versie: 1,
      actief: true,
      uurtariefCent: 10_000,
    });
    expect(gekozen.actiefId).toBe(gekozen.tabellen[0]?.id);

    const result = await invoke('sroi.waarderingOpslaan', { ...utrechtInvoer, minimumUren: 40 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Het minimum aantal uur ligt boven het aantal uur voor een voltijdbaan.',
      },
    });
    expect(await data('sroi.waardering', {})).toEqual(gekozen);
    await session.shutdown();
  });

  it.each([
    ['basisUren 0', { basisUren: 0 }, /voltijdbaan moet meer dan 0 zijn/],
    ['a negative minimum', { minimumUren: -1 }, /minimum aantal uur per week kan niet negatief/],
    ['fractional cents', { uurtariefCent: 100.5 }, /uurtarief moet in hele centen/],
    [
      'a negative year amount',
      { jaarbedragCent: { ...utrechtInvoer.jaarbedragCent, ww: -1 } },
      /jaarbedrag kan niet negatief/,
    ],
    ['an empty name', { naam: '  ' }, /Vul de naam van de tabel in\./],
    ['a version number (the repository decides it)', { versie: 7 }, /Onbekende key/],
  ])(
    'sroi.waarderingOpslaan with %s → ONGELDIGE_INVOER in Dutch, no table saved',
    async (_, over, message) => {
      const { session, invoke, data } = await ipcWerkgroep();
      const result = await invoke('sroi.waarderingOpslaan', { ...utrechtInvoer, ...over });
      expect(result).toEqual({
        ok: false,
        error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(message) },
      });
      if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
      expect(await data('sroi.waardering', {})).toEqual({ tabellen: [], actiefId: null });
      await session.shutdown();
    },
  );

  it("'sroi.waarderingKiezen' refuses an unknown preset in Dutch and an unknown id as NIET_GEVONDEN", async () => {
    const { session, invoke, data } = await ipcWerkgroep();
    const preset = await invoke('sroi.waarderingKiezen', { preset: 'amsterdam' });
    expect(preset).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER' } });
    if (!preset.ok) expect(preset.error.message).toMatch(DUTCH_ONLY);
    expect(await invoke('sroi.waarderingKiezen', { id: ONBEKEND_ID })).toEqual({
      ok: false,
      error: { code: 'NIET_GEVONDEN', message: 'Deze waarderingstabel bestaat niet (meer).' },
    });
    expect(await data('sroi.waardering', {})).toEqual({ tabellen: [], actiefId: null });
    await session.shutdown();
  });

  it('tables, the active choice and a new menukaart option survive closing and reopening the file', async () => {
    const { userData, session, invoke, data, path } = await ipcWerkgroep();
    const v1 = (await data<Waarderingsinstellingen>('sroi.waarderingKiezen', { preset: 'utrecht' })).actiefId;
    const na = await data<Waarderingsinstellingen>('sroi.waarderingOpslaan', {
      ...utrechtInvoer,
      uurtariefCent: 12_000,
    });
    expect(na.tabellen.map((t) => [t.versie, t.actief, t.uurtariefCent])).toEqual([
      [2, true, 12_000],
      [1, false, 10_000],
    ]);
    const terug = await data<Waarderingsinstellingen>('sroi.waarderingKiezen', { id: v1 });
    expect(terug.actiefId).toBe(v1);
    const nieuw = await data<MenukaartOptie>('sroi.menukaartOpslaan', {
      naam: '  Training op maat ',
      omschrijving: '',
      waardering: 'uren',
      gearchiveerd: false,
    });
    expect(nieuw).toMatchObject({
      code: 'training_op_maat',
      naam: 'Training op maat',
      omschrijving: null,
      volgorde: 12,
    });
    const dubbel = await invoke('sroi.menukaartOpslaan', {
      naam: 'TRAINING OP MAAT',
      omschrijving: null,
      waardering: 'geen',
      gearchiveerd: false,
    });
    expect(dubbel).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Er staat al een optie "TRAINING OP MAAT" op de menukaart.',
      },
    });
    await session.shutdown();

    // Read back from disk with a fresh sql.js database.
    const { db } = await readSnapshot(path);
    try {
      expect(waarderingsinstellingen(db)).toEqual(terug);
      expect(listMenukaart(db, true)).toContainEqual(nieuw);
      expect(listMenukaart(db, true)).toHaveLength(12);
      expect(
        db.all<{ soort: string }>(`SELECT soort FROM wijziging WHERE soort IN ('waardering', 'menukaart')`),
      ).toHaveLength(4);
    } finally {
      db.close();
    }

    // And reopened in a new session, as after a restart.
    const opnieuw = await Session.create({ userData, dialogs: dialogen() });
    await opnieuw.openPath(path);
    expect(await invoker(opnieuw)('sroi.waardering', {})).toEqual({ ok: true, data: terug });
    await opnieuw.shutdown();
  });
});
