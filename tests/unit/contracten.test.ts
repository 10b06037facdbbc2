import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { invokeChannel } from '../../electron/main/ipc/registry';
import { Session } from '../../electron/main/services/session';
import type { Db } from '../../electron/main/store/database';
import {
  getContract,
  listContracten,
  saveContract,
  sroiOverzicht,
} from '../../electron/main/store/repositories/contracten';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { Result } from '../../shared/api/result';
import type { ContractInvoer } from '../../shared/api/schemas';
import type { Contract, SroiRegel } from '../../shared/domain/contracten';
import type { Organisatie } from '../../shared/domain/organisaties';
import { dialogen } from './helpers/dialogs';
import { DUTCH_ONLY } from './helpers/nederlands';
import { aanbieder, organisatieInvoer } from './helpers/sroi';
import { tempDir, thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

const ONBEKEND_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

// ---------------------------------------------------------------------------------------------
// Repository, on a real (in-memory) sql.js database with the full schema.
// ---------------------------------------------------------------------------------------------

const freshDb = () => regioDb(SQL);

type Gegevens = Omit<ContractInvoer, 'id'>;
const contract = (opdrachtnemerId: string, gemeenten: string[], over: Partial<Gegevens> = {}): Gegevens => ({
  naam: 'Thuisbegeleiding',
  opdrachtnemerId,
  opdrachtgevers: gemeenten.map((gemeenteId) => ({ gemeenteId, aandeelCent: null })),
  startdatum: '2026-01-01',
  einddatum: '2027-12-31',
  waardeCent: 2_000_000_00,
  sroiPercentageBp: 500,
  sroiVastCent: null,
  loonaandeelBp: null,
  gebundeld: false,
  ...over,
});

const count = (db: Db, sql: string, params: string[] = []) => Number(db.get<{ n: number }>(sql, params)?.n);
const som = (regels: SroiRegel[]) => regels.reduce((s, r) => s + r.verplichtingCent, 0);

describe('contracten repository', () => {
  test('saveContract + getContract round trip: short gemeente names, obligation = value × bp / 10000', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const [goes, tholen] = [gemeenteId(db, 'Goes'), gemeenteId(db, 'Tholen')];
    const id = saveContract(
      db,
      contract(zorg, [], {
        opdrachtgevers: [
          { gemeenteId: tholen, aandeelCent: 800_000_00 },
          { gemeenteId: goes, aandeelCent: 1_200_000_00 },
        ],
        loonaandeelBp: 4000,
        gebundeld: true,
      }),
    );
    expect(getContract(db, id)).toEqual({
      id,
      naam: 'Thuisbegeleiding',
      opdrachtnemerId: zorg,
      opdrachtnemer: 'Zorggroep Proef',
      opdrachtgevers: [
        { gemeenteId: goes, gemeente: 'Goes', aandeelCent: 1_200_000_00 },
        { gemeenteId: tholen, gemeente: 'Tholen', aandeelCent: 800_000_00 },
      ],
      startdatum: '2026-01-01',
      einddatum: '2027-12-31',
      waardeCent: 2_000_000_00,
      sroiPercentageBp: 500,
      sroiVastCent: null,
      loonaandeelBp: 4000,
      gebundeld: true,
      verplichtingCent: 10_000_000,
      percentageOnredelijk: false,
    } satisfies Contract);

    // Rounded to a cent: € 1.234,57 at 3,33 % = 4111.12... cents → 4111.
    const afgerond = saveContract(db, contract(zorg, [goes], { waardeCent: 123_457, sroiPercentageBp: 333 }));
    expect(getContract(db, afgerond).verplichtingCent).toBe(Math.round((123_457 * 333) / 10_000));
    expect(getContract(db, afgerond).verplichtingCent).toBe(4111);

    // A fixed amount wins over the percentage.
    const vast = saveContract(db, contract(zorg, [goes], { sroiVastCent: 50_000_00 }));
    expect(getContract(db, vast)).toMatchObject({ sroiPercentageBp: 500, verplichtingCent: 50_000_00 });
    const alleenVast = saveContract(db, contract(zorg, [goes], { sroiPercentageBp: null, sroiVastCent: 0 }));
    expect(getContract(db, alleenVast).verplichtingCent).toBe(0);

    expect(listContracten(db).map((c) => c.id)).toEqual(
      expect.arrayContaining([id, afgerond, vast, alleenVast]),
    );
  });

  test('updating replaces the opdrachtgevers; old rows are tombstoned, not deleted', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const [goes, tholen, kapelle] = ['Goes', 'Tholen', 'Kapelle'].map((g) => gemeenteId(db, g)) as [
      string,
      string,
      string,
    ];
    const id = saveContract(db, contract(zorg, [goes, tholen]));
    expect(saveContract(db, contract(zorg, [kapelle, goes], { naam: 'Begeleiding Zuid' }), id)).toBe(id);

    const na = getContract(db, id);
    expect(na.naam).toBe('Begeleiding Zuid');
    expect(na.opdrachtgevers.map((o) => o.gemeente)).toEqual(['Goes', 'Kapelle']);
    expect(count(db, 'SELECT COUNT(*) AS n FROM contract WHERE deleted_at IS NULL')).toBe(1);

    const rows = db.all<{ gemeente_id: string; deleted_at: string | null }>(
      'SELECT gemeente_id, deleted_at FROM contract_opdrachtgever WHERE contract_id = ?',
      [id],
    );
    expect(rows).toHaveLength(4);
    expect(
      rows
        .filter((r) => r.deleted_at === null)
        .map((r) => r.gemeente_id)
        .sort(),
    ).toEqual([goes, kapelle].sort());
    const tholenRij = rows.filter((r) => r.gemeente_id === tholen);
    expect(tholenRij).toHaveLength(1);
    expect(tholenRij[0]?.deleted_at).toEqual(expect.any(String));
  });

  test('a gemeente as opdrachtnemer, a zorgaanbieder or unknown id as opdrachtgever are refused in Dutch', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const ander = aanbieder(db, 'Thuiszorg Anders');
    const goes = gemeenteId(db, 'Goes');
    const before = count(db, 'SELECT COUNT(*) AS n FROM contract');

    const gemeenteAlsNemer = thrown(() => saveContract(db, contract(goes, [goes])));
    expect(gemeenteAlsNemer).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Een gemeente kan geen opdrachtnemer zijn.',
    });
    for (const gevers of [[ander], [goes, ander], [ONBEKEND_ID]]) {
      const error = thrown(() => saveContract(db, contract(zorg, gevers)));
      expect(error.code).toBe('ONGELDIGE_INVOER');
      expect(error.message).toMatch(/opdrachtgever moet een gemeente/);
    }
    expect(thrown(() => saveContract(db, contract(ONBEKEND_ID, [goes]))).code).toBe('ONGELDIGE_INVOER');
    expect(count(db, 'SELECT COUNT(*) AS n FROM contract')).toBe(before);
  });

  test('an unknown contract id answers NIET_GEVONDEN and changes nothing', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const goes = gemeenteId(db, 'Goes');
    expect(thrown(() => getContract(db, ONBEKEND_ID))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: expect.stringMatching(/contract bestaat niet/),
    });
    expect(thrown(() => saveContract(db, contract(zorg, [goes]), ONBEKEND_ID)).code).toBe('NIET_GEVONDEN');
    expect(count(db, 'SELECT COUNT(*) AS n FROM contract')).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM contract_opdrachtgever')).toBe(0);
  });

  test('percentageOnredelijk is true when the percentage is at or above the wage share', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const goes = gemeenteId(db, 'Goes');
    const onredelijk = (sroiPercentageBp: number | null, loonaandeelBp: number | null) =>
      getContract(
        db,
        saveContract(
          db,
          contract(zorg, [goes], {
            sroiPercentageBp,
            loonaandeelBp,
            sroiVastCent: sroiPercentageBp ? null : 1,
          }),
        ),
      ).percentageOnredelijk;
    expect(onredelijk(500, 499)).toBe(true);
    expect(onredelijk(500, 500)).toBe(true);
    expect(onredelijk(500, 501)).toBe(false);
    expect(onredelijk(500, null)).toBe(false);
    expect(onredelijk(null, 0)).toBe(false);
  });
});

describe('sroiOverzicht', () => {
  test('a 2-year contract gives half in one calendar year; a contract outside the period is left out', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const goes = gemeenteId(db, 'Goes');
    saveContract(db, contract(zorg, [goes])); // 2026–2027, 730 days, € 100.000 obligation
    saveContract(
      db,
      contract(zorg, [goes], { naam: 'Oud', startdatum: '2024-01-01', einddatum: '2025-06-30' }),
    );

    const jaar = sroiOverzicht(db, '2026-01-01', '2026-12-31');
    expect(jaar.totaalCent).toBe(5_000_000);
    expect(jaar.perOpdrachtnemer).toMatchObject([
      { id: zorg, naam: 'Zorggroep Proef', verplichtingCent: 5_000_000, contracten: 1, gebundeld: false },
    ]);
    expect(jaar.perGemeente).toMatchObject([
      { id: goes, naam: 'Goes', verplichtingCent: 5_000_000, contracten: 1, gebundeld: false },
    ]);

    const buiten = sroiOverzicht(db, '2030-01-01', '2030-12-31');
    expect(buiten).toEqual({
      van: '2030-01-01',
      tot: '2030-12-31',
      perOpdrachtnemer: [],
      perGemeente: [],
      totaalCent: 0,
      gerealiseerdCent: 0,
      nietToegerekendCent: 0,
      capaciteitsmaat: null,
    });
    // The old contract counts in its own period.
    expect(sroiOverzicht(db, '2025-01-01', '2025-12-31').perOpdrachtnemer[0]?.contracten).toBe(1);
  });

  test('per gemeente split by aandeelCent, equal when any share is unknown', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const [goes, tholen] = [gemeenteId(db, 'Goes'), gemeenteId(db, 'Tholen')];
    const id = saveContract(
      db,
      contract(zorg, [], {
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 600_000_00 },
          { gemeenteId: tholen, aandeelCent: 400_000_00 },
        ],
      }),
    );
    const perGemeente = (van = '2026-01-01', tot = '2027-12-31') =>
      Object.fromEntries(sroiOverzicht(db, van, tot).perGemeente.map((r) => [r.naam, r.verplichtingCent]));
    expect(perGemeente()).toEqual({ Goes: 6_000_000, Tholen: 4_000_000 });

    saveContract(
      db,
      contract(zorg, [], {
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 600_000_00 },
          { gemeenteId: tholen, aandeelCent: null },
        ],
      }),
      id,
    );
    expect(perGemeente()).toEqual({ Goes: 5_000_000, Tholen: 5_000_000 });

    // Known shares that add up to nothing split equally too; the obligation does not vanish.
    saveContract(
      db,
      contract(zorg, [], {
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 0 },
          { gemeenteId: tholen, aandeelCent: 0 },
        ],
      }),
      id,
    );
    expect(perGemeente()).toEqual({ Goes: 5_000_000, Tholen: 5_000_000 });
  });

  test('per-gemeente and per-opdrachtnemer sums equal totaalCent to the cent, with awkward amounts', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const ander = aanbieder(db, 'Thuiszorg Anders');
    const [goes, tholen, kapelle, borsele] = ['Goes', 'Tholen', 'Kapelle', 'Borsele'].map((g) =>
      gemeenteId(db, g),
    ) as [string, string, string, string];
    saveContract(
      db,
      contract(zorg, [goes, tholen, kapelle], { sroiPercentageBp: null, sroiVastCent: 100_000_01 }),
    );
    saveContract(
      db,
      contract(ander, [], {
        startdatum: '2025-03-17',
        einddatum: '2026-08-09',
        waardeCent: 987_654_321,
        sroiPercentageBp: 777,
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 1 },
          { gemeenteId: borsele, aandeelCent: 2 },
          { gemeenteId: kapelle, aandeelCent: 4 },
        ],
      }),
    );
    saveContract(
      db,
      contract(ander, [], {
        opdrachtgevers: [
          { gemeenteId: tholen, aandeelCent: 0 },
          { gemeenteId: borsele, aandeelCent: 0 },
        ],
        sroiPercentageBp: null,
        sroiVastCent: 333_33,
      }),
    );

    for (const [van, tot] of [
      ['2026-01-01', '2026-12-31'],
      ['2026-02-01', '2026-02-28'],
      ['2025-01-01', '2027-12-31'],
      ['2026-05-05', '2026-05-05'],
    ] as const) {
      const o = sroiOverzicht(db, van, tot);
      expect(o.totaalCent).toBeGreaterThan(0);
      expect({ van, gemeenten: som(o.perGemeente) }).toEqual({ van, gemeenten: o.totaalCent });
      expect({ van, nemers: som(o.perOpdrachtnemer) }).toEqual({ van, nemers: o.totaalCent });
      for (const r of [...o.perGemeente, ...o.perOpdrachtnemer])
        expect(Number.isInteger(r.verplichtingCent)).toBe(true);
    }

    // Over the whole life of the fixed-amount contract, 3 gemeenten share 100_000_01 cents.
    const geheel = sroiOverzicht(db, '2026-01-01', '2027-12-31');
    const zorgRegel = geheel.perOpdrachtnemer.find((r) => r.id === zorg);
    expect(zorgRegel?.verplichtingCent).toBe(100_000_01);
  });

  test('two contracts of one provider make one line with contracten = 2; gebundeld if either is bundled', () => {
    const db = freshDb();
    const zorg = aanbieder(db);
    const ander = aanbieder(db, 'Thuiszorg Anders');
    const goes = gemeenteId(db, 'Goes');
    saveContract(db, contract(zorg, [goes], { gebundeld: false }));
    saveContract(db, contract(zorg, [goes], { naam: 'Tweede', gebundeld: true, sroiVastCent: 1_000_00 }));
    saveContract(db, contract(ander, [goes], { gebundeld: false }));

    const o = sroiOverzicht(db, '2026-01-01', '2027-12-31');
    expect(o.perOpdrachtnemer).toMatchObject([
      { id: ander, naam: 'Thuiszorg Anders', verplichtingCent: 10_000_000, contracten: 1, gebundeld: false },
      { id: zorg, naam: 'Zorggroep Proef', verplichtingCent: 10_100_000, contracten: 2, gebundeld: true },
    ]);
    expect(o.perGemeente).toMatchObject([
      { id: goes, naam: 'Goes', verplichtingCent: 20_100_000, contracten: 3, gebundeld: false },
    ]);
    expect(o.totaalCent).toBe(20_100_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the IPC boundary, with a real Session and a real file on disk.
// ---------------------------------------------------------------------------------------------

async function ipcSetup() {
  const root = await tempDir();
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen(),
  });
  await session.nieuw({ naam: 'Test', regio: 'Oosterschelderegio' });
  const handlers = createHandlers(session);
  const invoke = (channel: string, input: unknown) => invokeChannel(handlers, channel, input);
  const organisaties = (await invoke('organisaties.lijst', { soort: 'gemeente' })) as Result<Organisatie[]>;
  if (!organisaties.ok) throw new Error(organisaties.error.message);
  const gemeenten = new Map(organisaties.data.map((g) => [g.naam.replace('Gemeente ', ''), g.id]));
  const gemeente = (kort: string) => {
    const id = gemeenten.get(kort);
    if (!id) throw new Error(`Gemeente ${kort} ontbreekt.`);
    return id;
  };
  const org = (await invoke(
    'organisaties.opslaan',
    organisatieInvoer('Zorggroep Proef'),
  )) as Result<Organisatie>;
  if (!org.ok) throw new Error(org.error.message);
  const contracten = async () => {
    const result = (await invoke('sroi.contracten', {})) as Result<Contract[]>;
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };
  return { session, invoke, gemeente, zorg: org.data.id, contracten };
}

describe('contracten over IPC', () => {
  test('a valid contract is saved to disk and survives closing the file', async () => {
    const { session, invoke, gemeente, zorg } = await ipcSetup();
    const result = (await invoke(
      'sroi.contractOpslaan',
      contract(zorg, [gemeente('Tholen'), gemeente('Goes')], { naam: '  Thuisbegeleiding  ' }),
    )) as Result<Contract>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject({
      naam: 'Thuisbegeleiding',
      opdrachtnemerId: zorg,
      verplichtingCent: 10_000_000,
      opdrachtgevers: [
        { gemeente: 'Goes', aandeelCent: null },
        { gemeente: 'Tholen', aandeelCent: null },
      ],
    });

    const path = session.requireFile().path;
    await session.shutdown();
    const { db } = await readSnapshot(path);
    try {
      expect(listContracten(db)).toEqual([result.data]);
    } finally {
      db.close();
    }
  });

  test.each([
    ['an einddatum before the startdatum', { einddatum: '2025-12-31' }, /einddatum ligt voor de startdatum/],
    [
      'neither a percentage nor a fixed amount',
      { sroiPercentageBp: null, sroiVastCent: null },
      /Vul een SROI-percentage of een vast SROI-bedrag in/,
    ],
    ['a percentage over 100 %', { sroiPercentageBp: 10_001 }, /SROI-percentage kan niet boven 100 %/],
    ['a negative value', { waardeCent: -1 }, /contractwaarde kan niet negatief/],
    ['fractional cents', { waardeCent: 100.5 }, /contractwaarde moet in hele centen/],
    ['no opdrachtgevers', { opdrachtgevers: [] }, /ten minste één opdrachtgevende gemeente/],
    ['a date that does not exist', { startdatum: '2026-02-30' }, /startdatum bestaat niet/],
    ['a date in another format', { einddatum: '31-12-2027' }, /einddatum moet een datum zijn/],
  ])('sroi.contractOpslaan with %s → ONGELDIGE_INVOER in Dutch, nothing saved', async (_, over, message) => {
    const { session, invoke, gemeente, zorg, contracten } = await ipcSetup();
    const result = await invoke('sroi.contractOpslaan', { ...contract(zorg, [gemeente('Goes')]), ...over });
    expect(result).toEqual({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(message) },
    });
    if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
    expect(await contracten()).toEqual([]);
    await session.shutdown();
  });

  test('the same gemeente twice is refused; so is a gemeente as opdrachtnemer', async () => {
    const { session, invoke, gemeente, zorg, contracten } = await ipcSetup();
    const goes = gemeente('Goes');
    expect(await invoke('sroi.contractOpslaan', contract(zorg, [goes, goes]))).toEqual({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(/gemeente staat twee keer/) },
    });
    expect(await invoke('sroi.contractOpslaan', contract(goes, [goes]))).toEqual({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: 'Een gemeente kan geen opdrachtnemer zijn.' },
    });
    expect(
      await invoke('sroi.contractOpslaan', { ...contract(zorg, [goes]), id: ONBEKEND_ID }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NIET_GEVONDEN' },
    });
    expect(await contracten()).toEqual([]);
    await session.shutdown();
  });

  test('sroi.overzicht answers for a valid period and refuses tot before van', async () => {
    const { session, invoke, gemeente, zorg } = await ipcSetup();
    await invoke('sroi.contractOpslaan', contract(zorg, [gemeente('Goes')]));
    expect(await invoke('sroi.overzicht', { van: '2026-01-01', tot: '2026-12-31' })).toMatchObject({
      ok: true,
      data: { totaalCent: 5_000_000 },
    });
    const result = await invoke('sroi.overzicht', { van: '2026-12-31', tot: '2026-01-01' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: expect.stringMatching(/einde van de periode ligt voor het begin/),
      },
    });
    if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
    expect(await invoke('sroi.overzicht', { van: '2026-02-30', tot: '2026-12-31' })).toMatchObject({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: expect.stringMatching(/begin van de periode bestaat niet/),
      },
    });
    await session.shutdown();
  });
});
