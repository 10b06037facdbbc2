import { beforeAll, describe, expect, it } from 'vitest';
import { saveRealisatie } from '../../electron/main/services/realisaties';
import { Session } from '../../electron/main/services/session';
import type { Db } from '../../electron/main/store/database';
import { saveContract, sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import {
  deleteRealisatie,
  getRealisatie,
  listRealisaties,
} from '../../electron/main/store/repositories/realisaties';
import {
  getMenukaartOptie,
  saveMenukaartOptie,
  slaTabelOpAlsNieuweVersie,
  waarderingsinstellingen,
} from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { Result } from '../../shared/api/result';
import type { ContractInvoer } from '../../shared/api/schemas';
import type { SroiRegel } from '../../shared/domain/contracten';
import type { MenukaartOptie } from '../../shared/domain/menukaart';
import type { Realisatie, Waarderingsinstellingen } from '../../shared/domain/realisaties';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { dialogen } from './helpers/dialogs';
import { DUTCH_ONLY } from './helpers/nederlands';
import { aanbieder, invoker, ipcWerkgroep, optieId, realisatie } from './helpers/sroi';
import { openRaw, scalar, thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

const ONBEKEND_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const UTRECHT = 'Regio Utrecht (publieke bouwblokken)';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const count = (db: Db, sql: string, params: string[] = []) => Number(db.get<{ n: number }>(sql, params)?.n);
const aantalRealisaties = (db: Db) => count(db, 'SELECT COUNT(*) AS n FROM realisatie');

/** A werkgroep in the Oosterschelderegio with one zorgaanbieder and (unless told) the Utrecht table active. */
function opzet(metTabel = true) {
  const db = regioDb(SQL);
  const zorg = aanbieder(db);
  const tabel = metTabel ? slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT) : null;
  return { db, zorg, tabel };
}

type Gegevens = Omit<ContractInvoer, 'id'>;
/** A contract for 2026 (365 days), € 2.000.000 at 5 % → € 100.000 obligation, all of it in 2026. */
const contract = (opdrachtnemerId: string, gemeenten: string[], over: Partial<Gegevens> = {}): Gegevens => ({
  naam: 'Thuisbegeleiding',
  opdrachtnemerId,
  opdrachtgevers: gemeenten.map((gemeenteId) => ({ gemeenteId, aandeelCent: null })),
  startdatum: '2026-01-01',
  einddatum: '2026-12-31',
  waardeCent: 2_000_000_00,
  sroiPercentageBp: 500,
  sroiVastCent: null,
  loonaandeelBp: null,
  gebundeld: false,
  ...over,
});

const JAAR = ['2026-01-01', '2026-12-31'] as const;
const gerealiseerd = (regels: SroiRegel[]) =>
  Object.fromEntries(regels.map((r) => [r.naam, r.gerealiseerdCent]));
const som = (regels: SroiRegel[]) => regels.reduce((s, r) => s + r.gerealiseerdCent, 0);

// ---------------------------------------------------------------------------------------------
// Valuing and storing realisations
// ---------------------------------------------------------------------------------------------

describe('saveRealisatie: valuing', () => {
  it('without an active table a valued option is refused in Dutch and nothing is written', () => {
    const { db, zorg } = opzet(false);
    for (const [code, over] of [
      ['intake', { uren: 24 }],
      ['bbl', { doelgroep: 'bbl', urenPerWeek: 32, maanden: 6 }],
    ] as const) {
      expect(thrown(() => saveRealisatie(db, realisatie(db, zorg, code, over)))).toMatchObject({
        code: 'ONGELDIGE_INVOER',
        message:
          'Kies eerst een waarderingstabel (SROI → Waardering); zonder tabel is er geen waarde te berekenen.',
      });
    }
    expect(aantalRealisaties(db)).toBe(0);
  });

  it("an 'uren' option: 24 h intake at Utrecht's € 100/h = € 2.400,00; placement fields are dropped", () => {
    const { db, zorg, tabel } = opzet();
    // 24 × 10_000 cents = 240_000 cents.
    const id = saveRealisatie(
      db,
      realisatie(db, zorg, 'intake', {
        uren: 24,
        doelgroep: 'ww',
        urenPerWeek: 20,
        maanden: 3,
        bonussen: ['statushouder'],
      }),
    );
    expect(getRealisatie(db, id)).toEqual({
      id,
      opdrachtnemerId: zorg,
      opdrachtnemer: 'Zorggroep Proef',
      contractId: null,
      contract: null,
      menukaartOptieId: optieId(db, 'intake'),
      optie: 'Intake en screening',
      waardering: 'uren',
      datum: '2026-03-15',
      omschrijving: 'Kandidaat A',
      doelgroep: null,
      urenPerWeek: null,
      maanden: null,
      bonussen: [],
      uren: 24,
      waardeCent: 240_000,
      waarderingstabelId: tabel,
      tabel: `${UTRECHT} (versie 1)`,
      uitleg: `24 uur tegen het uurtarief van tabel "${UTRECHT}" versie 1.`,
      bron: 'direct',
    } satisfies Realisatie);
    expect(thrown(() => saveRealisatie(db, realisatie(db, zorg, 'intake')))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Vul het aantal uren in.',
    });
  });

  it('a placement: participatiewet_lang, 32 of 36 h for 6 months = € 40.000 × 32/36 × 6/12 = € 17.777,78', () => {
    const { db, zorg, tabel } = opzet();
    // 4_000_000 × 32/36 × 6/12 = 1_777_777.78 → 1_777_778 cents.
    const id = saveRealisatie(
      db,
      realisatie(db, zorg, 'bbl', {
        doelgroep: 'participatiewet_lang',
        urenPerWeek: 32,
        maanden: 6,
        uren: 99,
      }),
    );
    expect(getRealisatie(db, id)).toMatchObject({
      optie: 'BBL-plaats',
      waardering: 'plaatsing',
      doelgroep: 'participatiewet_lang',
      urenPerWeek: 32,
      maanden: 6,
      bonussen: [],
      uren: null,
      waardeCent: 1_777_778,
      waarderingstabelId: tabel,
      uitleg: `32 van 36 uur, 6 maanden, tabel "${UTRECHT}" versie 1.`,
    });
    const waarde = (over: Parameters<typeof realisatie>[3]) =>
      getRealisatie(db, saveRealisatie(db, realisatie(db, zorg, 'betaalde_baan', over))).waardeCent;
    // BBL doelgroep € 35.000, 18 of 36 h, 12 months: 3_500_000 × 0.5 × 1 = 1_750_000.
    expect(waarde({ doelgroep: 'bbl', urenPerWeek: 18, maanden: 12 })).toBe(1_750_000);
    // More hours than the basis count as full time: 40 h → 36/36; 4_000_000 × 1 × 3/12 = 1_000_000.
    expect(waarde({ doelgroep: 'wia_wao', urenPerWeek: 40, maanden: 3 })).toBe(1_000_000);
    // Fractional months: Wajong € 50.000, 36 h, 1,5 months → 5_000_000 × 1.5/12 = 625_000.
    expect(waarde({ doelgroep: 'wajong', urenPerWeek: 36, maanden: 1.5 })).toBe(625_000);
  });

  it('fewer hours than the minimum count for nothing, with the Dutch explanation; exactly the minimum counts', () => {
    const { db, zorg, tabel } = opzet();
    const id = saveRealisatie(
      db,
      realisatie(db, zorg, 'bbl', { doelgroep: 'participatiewet_lang', urenPerWeek: 10, maanden: 6 }),
    );
    expect(getRealisatie(db, id)).toMatchObject({
      waardeCent: 0,
      uitleg: 'Minder dan 12 uur per week telt niet mee.',
      waarderingstabelId: tabel,
      urenPerWeek: 10,
    });
    // 12 h: 4_000_000 × 12/36 × 6/12 = 666_666.67 → 666_667.
    const minimum = saveRealisatie(
      db,
      realisatie(db, zorg, 'bbl', { doelgroep: 'participatiewet_lang', urenPerWeek: 12, maanden: 6 }),
    );
    expect(getRealisatie(db, minimum).waardeCent).toBe(666_667);
    // A doelgroep the table has no amount for (werkervaringsplaats in Utrecht) is 0 with its own explanation.
    const leeg = saveRealisatie(
      db,
      realisatie(db, zorg, 'werkervaringsplaats', {
        doelgroep: 'werkervaringsplaats',
        urenPerWeek: 32,
        maanden: 3,
      }),
    );
    expect(getRealisatie(db, leeg)).toMatchObject({
      waardeCent: 0,
      uitleg: `De tabel "${UTRECHT}" kent geen waarde voor deze doelgroep.`,
    });
  });

  it('bonuses are added to the year amount and pro rata like it; a bonus the table lacks adds nothing', () => {
    const { db, zorg } = opzet();
    const waarde = (bonussen: Realisatie['bonussen']) =>
      getRealisatie(
        db,
        saveRealisatie(
          db,
          realisatie(db, zorg, 'betaalde_baan', {
            doelgroep: 'participatiewet_lang',
            urenPerWeek: 32,
            maanden: 6,
            bonussen,
          }),
        ),
      );
    // (4_000_000 + 1_000_000) × 32/36 × 6/12 = 2_222_222.22 → 2_222_222.
    expect(waarde(['vast_contract'])).toMatchObject({ waardeCent: 2_222_222, bonussen: ['vast_contract'] });
    // (4_000_000 + 1_000_000 + 1_000_000) × 32/36 × 6/12 = 2_666_666.67 → 2_666_667.
    expect(waarde(['vast_contract', 'statushouder']).waardeCent).toBe(2_666_667);
    // Utrecht has no 55+ bonus: same as without bonus, 1_777_778.
    expect(waarde(['vijfenvijftig_plus']).waardeCent).toBe(1_777_778);
    // Below the minimum a bonus does not help.
    const weinig = saveRealisatie(
      db,
      realisatie(db, zorg, 'betaalde_baan', {
        doelgroep: 'ww',
        urenPerWeek: 8,
        maanden: 6,
        bonussen: ['vast_contract'],
      }),
    );
    expect(getRealisatie(db, weinig).waardeCent).toBe(0);
  });

  it('a half cent rounds up the same way for every input (placement)', () => {
    const { db, zorg } = opzet();
    const waarde = (urenPerWeek: number, maanden: number) =>
      getRealisatie(
        db,
        saveRealisatie(db, realisatie(db, zorg, 'bbl', { doelgroep: 'bbl', urenPerWeek, maanden })),
      ).waardeCent;
    // 3_500_000 × 13.5/36 × 4.5/12 = 3_500_000 × 13.5 × 4.5 / 432 = 212_625_000 / 432 = 492_187.5 → 492_188.
    expect(waarde(13.5, 4.5)).toBe(492_188);
    // 3_500_000 × 16.5/36 × 4.5/12 = 259_875_000 / 432 = 601_562.5 exactly → 601_563 (€ 6.015,63).
    expect(waarde(16.5, 4.5)).toBe(601_563);
  });

  it('a half cent rounds up the same way for every input (hours)', () => {
    const { db, zorg } = opzet();
    slaTabelOpAlsNieuweVersie(db, { ...PRESET_UTRECHT, naam: 'Eigen tarief', uurtariefCent: 7_550 });
    const waarde = (uren: number) =>
      getRealisatie(db, saveRealisatie(db, realisatie(db, zorg, 'project', { uren }))).waardeCent;
    // 2.5 h × 7_550 = 18_875 exactly.
    expect(waarde(2.5)).toBe(18_875);
    // 2.01 h × € 75,50 = € 151,755 = 15_175.5 cents → 15_176.
    expect(waarde(2.01)).toBe(15_176);
  });

  it("a 'geen' option (dagbesteding) is worth 0 and needs no table", () => {
    const { db, zorg } = opzet(false);
    const id = saveRealisatie(
      db,
      realisatie(db, zorg, 'dagbesteding', { uren: 10, doelgroep: 'ww', urenPerWeek: 20, maanden: 2 }),
    );
    expect(getRealisatie(db, id)).toMatchObject({
      optie: 'Dagbesteding',
      waardering: 'geen',
      waardeCent: 0,
      waarderingstabelId: null,
      tabel: null,
      uitleg: '"Dagbesteding" telt niet als SROI-prestatie.',
      doelgroep: null,
      urenPerWeek: null,
      maanden: null,
      uren: null,
    });
  });

  it('an archived menukaart option is refused for a new realisation but kept on one that already uses it', () => {
    const { db, zorg } = opzet();
    const id = saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 10 }));
    const intake = getMenukaartOptie(db, optieId(db, 'intake'));
    saveMenukaartOptie(
      db,
      { naam: intake.naam, omschrijving: intake.omschrijving, waardering: 'uren', gearchiveerd: true },
      intake.id,
    );
    expect(thrown(() => saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 5 })))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: '"Intake en screening" is gearchiveerd; kies een andere menukaartoptie.',
    });
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 12 }), id);
    expect(getRealisatie(db, id).uren).toBe(12);
    expect(aantalRealisaties(db)).toBe(1);
  });

  it('a placement without doelgroep, hours per week or months is refused in Dutch', () => {
    const { db, zorg } = opzet();
    const volledig = { doelgroep: 'ww', urenPerWeek: 32, maanden: 6 } as const;
    for (const leeg of ['doelgroep', 'urenPerWeek', 'maanden'] as const) {
      expect(
        thrown(() =>
          saveRealisatie(db, realisatie(db, zorg, 'betaalde_baan', { ...volledig, [leeg]: null })),
        ),
      ).toMatchObject({
        code: 'ONGELDIGE_INVOER',
        message: 'Vul de doelgroep, de uren per week en het aantal maanden in.',
      });
    }
    expect(aantalRealisaties(db)).toBe(0);
  });
});

describe('saveRealisatie: table versions', () => {
  it('records the version; a new version leaves earlier values alone; re-saving values anew with the new version', () => {
    const { db, zorg, tabel: v1 } = opzet();
    const gegevens = realisatie(db, zorg, 'intake', { uren: 24 });
    const id = saveRealisatie(db, gegevens);
    const plaatsing = saveRealisatie(
      db,
      realisatie(db, zorg, 'bbl', { doelgroep: 'participatiewet_lang', urenPerWeek: 32, maanden: 6 }),
    );
    const voor = getRealisatie(db, id);
    expect(voor).toMatchObject({
      waardeCent: 240_000,
      waarderingstabelId: v1,
      tabel: `${UTRECHT} (versie 1)`,
    });

    // Version 2: € 120 per hour and € 45.000 for participatiewet_lang.
    const v2 = slaTabelOpAlsNieuweVersie(db, {
      ...PRESET_UTRECHT,
      uurtariefCent: 12_000,
      jaarbedragCent: { ...PRESET_UTRECHT.jaarbedragCent, participatiewet_lang: 4_500_000 },
    });
    expect(getRealisatie(db, id)).toEqual(voor);
    expect(getRealisatie(db, plaatsing).waardeCent).toBe(1_777_778);
    expect(db.get('SELECT waarde_cent, waarderingstabel_id FROM realisatie WHERE id = ?', [id])).toEqual({
      waarde_cent: 240_000,
      waarderingstabel_id: v1,
    });

    // Saving it again is an explicit act: 24 × 12_000 = 288_000, with version 2.
    expect(saveRealisatie(db, gegevens, id)).toBe(id);
    expect(getRealisatie(db, id)).toMatchObject({
      waardeCent: 288_000,
      waarderingstabelId: v2,
      tabel: `${UTRECHT} (versie 2)`,
      uitleg: `24 uur tegen het uurtarief van tabel "${UTRECHT}" versie 2.`,
    });
    // A new realisation uses version 2: 4_500_000 × 32/36 × 6/12 = 2_000_000.
    const nieuw = saveRealisatie(
      db,
      realisatie(db, zorg, 'bbl', { doelgroep: 'participatiewet_lang', urenPerWeek: 32, maanden: 6 }),
    );
    expect(getRealisatie(db, nieuw)).toMatchObject({ waardeCent: 2_000_000, waarderingstabelId: v2 });
    expect(getRealisatie(db, plaatsing).waardeCent).toBe(1_777_778);
    expect(aantalRealisaties(db)).toBe(3);
    expect(
      Object.fromEntries(waarderingsinstellingen(db).tabellen.map((t) => [t.versie, t.realisaties])),
    ).toEqual({ 1: 1, 2: 2 });
  });

  it('an unknown id to update is NIET_GEVONDEN and nothing is inserted', () => {
    const { db, zorg } = opzet();
    expect(
      thrown(() => saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 1 }), ONBEKEND_ID)),
    ).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: 'Deze realisatie bestaat niet (meer).',
    });
    expect(aantalRealisaties(db)).toBe(0);
  });
});

describe('saveRealisatie: links', () => {
  it('a contract of another provider, an unknown contract, a gemeente or unknown provider are refused in Dutch', () => {
    const { db, zorg } = opzet();
    const ander = aanbieder(db, 'Thuiszorg Anders');
    const goes = gemeenteId(db, 'Goes');
    const vanAnder = saveContract(db, contract(ander, [goes]));
    const eigen = saveContract(db, contract(zorg, [goes]));

    const fout = (over: Parameters<typeof realisatie>[3], nemer = zorg) =>
      thrown(() => saveRealisatie(db, realisatie(db, nemer, 'intake', { uren: 1, ...over })));
    expect(fout({ contractId: vanAnder })).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Het gekozen contract hoort bij een andere aanbieder.',
    });
    expect(fout({ contractId: ONBEKEND_ID })).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Het contract bestaat niet (meer).',
    });
    expect(fout({}, goes)).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Een realisatie hoort bij een aanbieder, niet bij een gemeente.',
    });
    // Also for an option that is not valued: the link is checked first.
    expect(thrown(() => saveRealisatie(db, realisatie(db, goes, 'dagbesteding'))).message).toBe(
      'Een realisatie hoort bij een aanbieder, niet bij een gemeente.',
    );
    expect(fout({}, ONBEKEND_ID)).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'De aanbieder bestaat niet (meer).',
    });
    expect(aantalRealisaties(db)).toBe(0);

    const id = saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 1, contractId: eigen }));
    expect(getRealisatie(db, id)).toMatchObject({ contractId: eigen, contract: 'Thuisbegeleiding' });
  });
});

describe('deleteRealisatie and listRealisaties', () => {
  it('deleting sets a tombstone: the row stays with deleted_at, it is no longer listed or found', () => {
    const { db, zorg } = opzet();
    const weg = saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 1 }));
    const blijft = saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 2 }));
    deleteRealisatie(db, weg);

    expect(aantalRealisaties(db)).toBe(2);
    expect(
      db.get<{ deleted_at: string | null }>('SELECT deleted_at FROM realisatie WHERE id = ?', [weg])
        ?.deleted_at,
    ).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    expect(
      db.get<{ deleted_at: string | null }>('SELECT deleted_at FROM realisatie WHERE id = ?', [blijft])
        ?.deleted_at,
    ).toBeNull();
    expect(listRealisaties(db).map((r) => r.id)).toEqual([blijft]);
    expect(thrown(() => getRealisatie(db, weg)).code).toBe('NIET_GEVONDEN');
    expect(thrown(() => deleteRealisatie(db, weg)).code).toBe('NIET_GEVONDEN');
    expect(thrown(() => deleteRealisatie(db, ONBEKEND_ID)).code).toBe('NIET_GEVONDEN');
    expect(thrown(() => saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 3 }), weg)).code).toBe(
      'NIET_GEVONDEN',
    );
  });

  it('the period filter includes both ends; newest first, then by provider name', () => {
    const { db, zorg } = opzet();
    const ander = aanbieder(db, 'Arbeidszorg Anders');
    const op = (datum: string, nemer = zorg) =>
      saveRealisatie(db, realisatie(db, nemer, 'intake', { uren: 1, datum, omschrijving: datum }));
    op('2025-12-31');
    const begin = op('2026-01-01');
    const midden = op('2026-06-30');
    const middenAnder = op('2026-06-30', ander);
    const eind = op('2026-12-31');
    op('2027-01-01');

    expect(listRealisaties(db, { van: '2026-01-01', tot: '2026-12-31' }).map((r) => r.id)).toEqual([
      eind,
      middenAnder, // 'Arbeidszorg Anders' before 'Zorggroep Proef' on the same day
      midden,
      begin,
    ]);
    expect(listRealisaties(db, { van: '2026-06-30', tot: '2026-06-30' })).toHaveLength(2);
    expect(listRealisaties(db, { van: '2026-07-01', tot: '2026-12-30' })).toEqual([]);
    expect(listRealisaties(db).map((r) => r.datum)).toEqual([
      '2027-01-01',
      '2026-12-31',
      '2026-06-30',
      '2026-06-30',
      '2026-01-01',
      '2025-12-31',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// sroiOverzicht with realisations
// ---------------------------------------------------------------------------------------------

describe('sroiOverzicht with realisations', () => {
  it("a realisation with a contract follows the contract's shares: 3:1 splits € 1.000,00 into 750/250", () => {
    const { db, zorg } = opzet();
    const [goes, tholen, kapelle] = ['Goes', 'Tholen', 'Kapelle'].map((g) => gemeenteId(db, g)) as [
      string,
      string,
      string,
    ];
    // Obligation: € 400.000 × 5 % = 2_000_000 cents → Goes 1_500_000, Tholen 500_000.
    const c = saveContract(
      db,
      contract(zorg, [], {
        waardeCent: 400_000_00,
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 300_000_00 },
          { gemeenteId: tholen, aandeelCent: 100_000_00 },
        ],
      }),
    );
    // Another contract of the same provider with Kapelle only: 10_000_000 cents.
    saveContract(db, contract(zorg, [kapelle], { naam: 'Huishoudelijke hulp' }));
    // 10 h × € 100 = 100_000 cents → Goes 100_000 × 3/4 = 75_000, Tholen 25_000, Kapelle nothing.
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 10, contractId: c }));

    const o = sroiOverzicht(db, ...JAAR);
    expect(o.gerealiseerdCent).toBe(100_000);
    expect(o.nietToegerekendCent).toBe(0);
    expect(o.totaalCent).toBe(12_000_000);
    expect(o.perOpdrachtnemer).toEqual([
      {
        id: zorg,
        naam: 'Zorggroep Proef',
        verplichtingCent: 12_000_000,
        gerealiseerdCent: 100_000,
        contracten: 2,
        gebundeld: false,
        aandeelInspanning: 1,
        aandeelCapaciteit: null,
      },
    ] satisfies SroiRegel[]);
    expect(o.perGemeente.map((r) => [r.naam, r.verplichtingCent, r.gerealiseerdCent])).toEqual([
      ['Goes', 1_500_000, 75_000],
      ['Kapelle', 10_000_000, 0],
      ['Tholen', 500_000, 25_000],
    ]);
    expect(o.capaciteitsmaat).toBeNull();
  });

  it("without a contract a realisation is shared naar rato of the provider's obligations per gemeente in the period", () => {
    const { db, zorg } = opzet();
    const [goes, tholen, kapelle, borsele] = ['Goes', 'Tholen', 'Kapelle', 'Borsele'].map((g) =>
      gemeenteId(db, g),
    ) as [string, string, string, string];
    saveContract(db, contract(zorg, [goes])); // 10_000_000 → Goes
    saveContract(db, contract(zorg, [tholen, kapelle], { waardeCent: 1_000_000_00 })); // 5_000_000 → 2_500_000 each
    // Outside 2026: does not weigh.
    saveContract(db, contract(zorg, [borsele], { startdatum: '2024-01-01', einddatum: '2025-12-31' }));
    // 24 h × € 100 = 240_000; weights 10M : 2.5M : 2.5M = 4 : 1 : 1 → 160_000 / 40_000 / 40_000.
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 24 }));
    // Outside the period and deleted ones do not count.
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 5, datum: '2027-01-01' }));
    deleteRealisatie(db, saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 7 })));

    const o = sroiOverzicht(db, ...JAAR);
    expect(o.gerealiseerdCent).toBe(240_000);
    expect(gerealiseerd(o.perGemeente)).toEqual({ Goes: 160_000, Kapelle: 40_000, Tholen: 40_000 });
    expect(o.nietToegerekendCent).toBe(0);

    // Contracts in the period without any obligation still tie the provider to its gemeenten: equal parts.
    const nul = aanbieder(db, 'Nulzorg');
    saveContract(db, contract(nul, [goes, borsele], { sroiPercentageBp: null, sroiVastCent: 0 }));
    saveRealisatie(db, realisatie(db, nul, 'intake', { uren: 10 })); // 100_000 → 50_000 each
    const metNul = sroiOverzicht(db, ...JAAR);
    expect(gerealiseerd(metNul.perGemeente)).toEqual({
      Borsele: 50_000,
      Goes: 210_000,
      Kapelle: 40_000,
      Tholen: 40_000,
    });
  });

  it('a provider with realisations but no contracts appears per provider; its value is nietToegerekend, not per gemeente', () => {
    const { db, zorg } = opzet();
    const goes = gemeenteId(db, 'Goes');
    const zonder = aanbieder(db, 'Werkbedrijf Zonder');
    saveContract(db, contract(zorg, [goes]));
    saveRealisatie(db, realisatie(db, zorg, 'intake', { uren: 10 })); // 100_000 → Goes
    // 1_777_778 (see the placement example) by a provider without contracts.
    saveRealisatie(
      db,
      realisatie(db, zonder, 'bbl', { doelgroep: 'participatiewet_lang', urenPerWeek: 32, maanden: 6 }),
    );

    const o = sroiOverzicht(db, ...JAAR);
    expect(o.gerealiseerdCent).toBe(1_877_778);
    expect(o.nietToegerekendCent).toBe(1_777_778);
    expect(o.perOpdrachtnemer.find((r) => r.id === zonder)).toEqual({
      id: zonder,
      naam: 'Werkbedrijf Zonder',
      verplichtingCent: 0,
      gerealiseerdCent: 1_777_778,
      contracten: 0,
      gebundeld: false,
      aandeelInspanning: 1_777_778 / 1_877_778,
      aandeelCapaciteit: null,
    } satisfies SroiRegel);
    expect(o.perGemeente.map((r) => [r.naam, r.gerealiseerdCent])).toEqual([['Goes', 100_000]]);
    expect(som(o.perGemeente) + o.nietToegerekendCent).toBe(o.gerealiseerdCent);
    expect(o.totaalCent).toBe(10_000_000);
  });

  it('per gemeente + nietToegerekend and per provider add up to gerealiseerdCent exactly; aandeelInspanning sums to 1', () => {
    const { db, zorg } = opzet();
    const ander = aanbieder(db, 'Thuiszorg Anders');
    const zonder = aanbieder(db, 'Werkbedrijf Zonder');
    const [goes, tholen, kapelle, borsele] = ['Goes', 'Tholen', 'Kapelle', 'Borsele'].map((g) =>
      gemeenteId(db, g),
    ) as [string, string, string, string];
    const c1 = saveContract(
      db,
      contract(zorg, [], {
        opdrachtgevers: [
          { gemeenteId: goes, aandeelCent: 1 },
          { gemeenteId: borsele, aandeelCent: 2 },
          { gemeenteId: kapelle, aandeelCent: 4 },
        ],
      }),
    );
    saveContract(
      db,
      contract(ander, [goes, tholen, kapelle], {
        waardeCent: 987_654_321,
        sroiPercentageBp: 777,
        startdatum: '2025-03-17',
      }),
    );
    const plaatsing = (nemer: string, urenPerWeek: number, maanden: number, over = {}) =>
      saveRealisatie(
        db,
        realisatie(db, nemer, 'betaalde_baan', {
          doelgroep: 'wajong',
          urenPerWeek,
          maanden,
          bonussen: ['vijftig_plus'],
          ...over,
        }),
      );
    plaatsing(zorg, 27.3, 7.7, { contractId: c1 });
    plaatsing(zorg, 13, 1.1);
    plaatsing(ander, 33.3, 11.9, { datum: '2026-12-31' });
    plaatsing(zonder, 20, 5, { datum: '2026-01-01' });
    saveRealisatie(db, realisatie(db, ander, 'intake', { uren: 3.33 }));
    saveRealisatie(db, realisatie(db, zorg, 'project', { uren: 0.07, contractId: c1 }));

    for (const [van, tot] of [
      JAAR,
      ['2026-01-01', '2026-01-01'],
      ['2026-03-15', '2026-03-15'],
      ['2025-01-01', '2027-12-31'],
    ] as const) {
      const o = sroiOverzicht(db, van, tot);
      expect(o.gerealiseerdCent).toBeGreaterThan(0);
      expect({ van, tot, gemeenten: som(o.perGemeente) + o.nietToegerekendCent }).toEqual({
        van,
        tot,
        gemeenten: o.gerealiseerdCent,
      });
      expect({ van, tot, nemers: som(o.perOpdrachtnemer) }).toEqual({ van, tot, nemers: o.gerealiseerdCent });
      for (const r of [...o.perGemeente, ...o.perOpdrachtnemer])
        expect(Number.isInteger(r.gerealiseerdCent)).toBe(true);
      const inspanning = o.perOpdrachtnemer.map((r) => r.aandeelInspanning ?? 0);
      expect(inspanning.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 12);
      expect(o.perGemeente.every((r) => r.aandeelInspanning === null)).toBe(true);
      const lijst = listRealisaties(db, { van, tot });
      expect(o.gerealiseerdCent).toBe(lijst.reduce((s, r) => s + r.waardeCent, 0));
    }
    // Nothing realised: aandeelInspanning is null, not 0 or NaN.
    const leeg = sroiOverzicht(db, '2025-06-01', '2025-06-30');
    expect(leeg.gerealiseerdCent).toBe(0);
    expect(leeg.nietToegerekendCent).toBe(0);
    expect(leeg.perOpdrachtnemer.map((r) => [r.naam, r.aandeelInspanning])).toEqual([
      ['Thuiszorg Anders', null],
    ]);
  });

  it('aandeelCapaciteit uses jaaromzet when any provider has it, else fte; null measure when none', () => {
    const goesVan = (db: Db) => gemeenteId(db, 'Goes');
    const overzicht = (capaciteiten: { jaaromzetCent?: number | null; fte?: number | null }[]) => {
      const db = regioDb(SQL);
      slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
      capaciteiten.forEach((capaciteit, i) => {
        const id = aanbieder(db, `Aanbieder ${i + 1}`, capaciteit);
        // The first has a contract, the others only realisations: both count as providers in the overview.
        if (i === 0) saveContract(db, contract(id, [goesVan(db)]));
        else saveRealisatie(db, realisatie(db, id, 'intake', { uren: 1 }));
      });
      const o = sroiOverzicht(db, ...JAAR);
      return { maat: o.capaciteitsmaat, aandelen: o.perOpdrachtnemer.map((r) => r.aandeelCapaciteit) };
    };
    // € 3 mln and € 1 mln turnover: 3/4 and 1/4; the FTE figures are ignored.
    expect(
      overzicht([
        { jaaromzetCent: 3_000_000_00, fte: 1 },
        { jaaromzetCent: 1_000_000_00, fte: 99 },
      ]),
    ).toEqual({
      maat: 'jaaromzet',
      aandelen: [0.75, 0.25],
    });
    // Turnover known for one only: the measure is still turnover, the other has no share.
    expect(overzicht([{ jaaromzetCent: 2_000_000_00 }, { fte: 40 }])).toEqual({
      maat: 'jaaromzet',
      aandelen: [1, null],
    });
    // No turnover anywhere: FTE 30 and 10 → 3/4 and 1/4; a provider without FTE has no share.
    expect(overzicht([{ fte: 30 }, { fte: 10 }, {}])).toEqual({ maat: 'fte', aandelen: [0.75, 0.25, null] });
    expect(overzicht([{}, {}])).toEqual({ maat: null, aandelen: [null, null] });
    expect(overzicht([])).toEqual({ maat: null, aandelen: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Through the IPC boundary, with a real Session and the file on disk.
// ---------------------------------------------------------------------------------------------

async function realisatieOpzet(metTabel = true) {
  const w = await ipcWerkgroep();
  if (metTabel) await w.data('sroi.waarderingKiezen', { preset: 'utrecht' });
  const opties = await w.data<MenukaartOptie[]>('sroi.menukaart', {});
  const optie = (code: string) => {
    const o = opties.find((x) => x.code === code);
    if (!o) throw new Error(`Optie ${code} ontbreekt.`);
    return o.id;
  };
  const invoer = (code: string, over: Record<string, unknown> = {}) => ({
    opdrachtnemerId: w.zorg,
    contractId: null,
    menukaartOptieId: optie(code),
    datum: '2026-03-15',
    omschrijving: 'Kandidaat A',
    doelgroep: null,
    urenPerWeek: null,
    maanden: null,
    bonussen: [],
    uren: null,
    ...over,
  });
  const lijst = () => w.data<Realisatie[]>('sroi.realisaties', { van: '2000-01-01', tot: '2099-12-31' });
  return { ...w, invoer, lijst };
}

describe('realisaties over IPC', () => {
  it.each([
    ['a negative uren value', { uren: -1 }, /Het aantal uren kan niet negatief zijn/],
    ['a bogus doelgroep', { doelgroep: 'astronaut' }, /Kies een doelgroep uit de lijst/],
    ['an unknown key', { kleur: 'rood' }, /Onbekende key/],
    ['more than 60 hours per week', { urenPerWeek: 61 }, /uur per week kan niet meer dan 60/],
    ['an unknown bonus', { bonussen: ['dertig_min'] }, /Onbekende bonus/],
    ['a date that does not exist', { datum: '2026-02-30' }, /datum bestaat niet/],
    ['no description', { omschrijving: '   ' }, /Vul de omschrijving in\./],
    ['hours as text', { uren: '24' }, /aantal uren moet een getal zijn/],
  ])(
    'sroi.realisatieOpslaan with %s → ONGELDIGE_INVOER in Dutch, nothing written',
    async (_, over, message) => {
      const { session, invoke, invoer, lijst, path } = await realisatieOpzet();
      const result = await invoke('sroi.realisatieOpslaan', invoer('intake', { uren: 24, ...over }));
      expect(result).toEqual({
        ok: false,
        error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(message) },
      });
      if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
      expect(await lijst()).toEqual([]);
      await session.shutdown();
      const raw = await openRaw(path);
      try {
        expect(scalar(raw, 'SELECT COUNT(*) FROM realisatie')).toBe(0);
        expect(scalar(raw, "SELECT COUNT(*) FROM wijziging WHERE soort = 'realisatie'")).toBe(0);
      } finally {
        raw.close();
      }
    },
  );

  it('refusals of the repository reach the screen in Dutch: no table, missing placement data, unknown id', async () => {
    const { session, invoke, data, invoer, lijst } = await realisatieOpzet(false);
    expect(await invoke('sroi.realisatieOpslaan', invoer('intake', { uren: 24 }))).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message:
          'Kies eerst een waarderingstabel (SROI → Waardering); zonder tabel is er geen waarde te berekenen.',
      },
    });
    await data('sroi.waarderingKiezen', { preset: 'utrecht' });
    expect(
      await invoke('sroi.realisatieOpslaan', invoer('bbl', { doelgroep: 'bbl', urenPerWeek: 20 })),
    ).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Vul de doelgroep, de uren per week en het aantal maanden in.',
      },
    });
    expect(await invoke('sroi.realisatieVerwijderen', { id: ONBEKEND_ID })).toEqual({
      ok: false,
      error: { code: 'NIET_GEVONDEN', message: 'Deze realisatie bestaat niet (meer).' },
    });
    expect(await lijst()).toEqual([]);
    await session.shutdown();
  });

  it('the same bonus twice is refused at the door; the repository counts it once anyway', async () => {
    const { session, invoke, invoer, lijst } = await realisatieOpzet();
    const dubbel = {
      doelgroep: 'participatiewet_lang',
      urenPerWeek: 32,
      maanden: 6,
      bonussen: ['vast_contract', 'vast_contract'],
    } as const;
    const result = (await invoke(
      'sroi.realisatieOpslaan',
      invoer('betaalde_baan', dubbel),
    )) as Result<Realisatie>;
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: expect.stringContaining('Een bonus staat twee keer in de lijst.'),
      },
    });
    expect(await lijst()).toEqual([]);
    await session.shutdown();

    // Callers inside main (the leerlijn) skip the IPC schema: counted once,
    // (4_000_000 + 1_000_000) × 32/36 × 6/12 = 2_222_222, not (4M + 2M) × … = 2_666_667.
    const { db, zorg } = opzet();
    const id = saveRealisatie(
      db,
      realisatie(db, zorg, 'betaalde_baan', { ...dubbel, bonussen: [...dubbel.bonussen] }),
    );
    expect(getRealisatie(db, id).waardeCent).toBe(2_222_222);
  });

  it('a happy path survives closing and reopening the file', async () => {
    const { userData, session, invoke, data, invoer, lijst, path } = await realisatieOpzet();
    const plaatsing = await data<Realisatie>(
      'sroi.realisatieOpslaan',
      invoer('bbl', {
        doelgroep: 'participatiewet_lang',
        urenPerWeek: 32,
        maanden: 6,
        bonussen: ['vast_contract'],
      }),
    );
    // (4_000_000 + 1_000_000) × 32/36 × 6/12 = 2_222_222.
    expect(plaatsing).toMatchObject({
      waardeCent: 2_222_222,
      tabel: `${UTRECHT} (versie 1)`,
      bonussen: ['vast_contract'],
      omschrijving: 'Kandidaat A',
    });
    const intake = await data<Realisatie>(
      'sroi.realisatieOpslaan',
      invoer('intake', { uren: 24, datum: '2026-05-01' }),
    );
    expect(intake.waardeCent).toBe(240_000);
    const weg = await data<Realisatie>(
      'sroi.realisatieOpslaan',
      invoer('dagbesteding', { datum: '2026-06-01' }),
    );
    expect(await invoke('sroi.realisatieVerwijderen', { id: weg.id })).toEqual({ ok: true, data: null });

    // A new table version, then the intake saved again: 24 × 12_000 = 288_000 with version 2.
    const { versie: _versie, ...utrecht } = PRESET_UTRECHT;
    const instellingen = await data<Waarderingsinstellingen>('sroi.waarderingOpslaan', {
      ...utrecht,
      uurtariefCent: 12_000,
    });
    const opnieuw = await data<Realisatie>('sroi.realisatieOpslaan', {
      ...invoer('intake', { uren: 24, datum: '2026-05-01' }),
      id: intake.id,
    });
    expect(opnieuw).toMatchObject({ id: intake.id, waardeCent: 288_000, tabel: `${UTRECHT} (versie 2)` });
    expect(opnieuw.waarderingstabelId).toBe(instellingen.actiefId);

    const voor = await lijst();
    expect(voor.map((r) => [r.optie, r.waardeCent])).toEqual([
      ['Intake en screening', 288_000],
      ['BBL-plaats', 2_222_222],
    ]);
    expect(await data('sroi.overzicht', { van: '2026-01-01', tot: '2026-12-31' })).toMatchObject({
      gerealiseerdCent: 2_510_222,
      nietToegerekendCent: 2_510_222,
    });
    await session.shutdown();

    // Read back from disk with a fresh sql.js database.
    const { db } = await readSnapshot(path);
    try {
      expect(listRealisaties(db)).toEqual(voor);
      expect(count(db, 'SELECT COUNT(*) AS n FROM realisatie WHERE deleted_at IS NOT NULL')).toBe(1);
      expect(
        db
          .all<{ omschrijving: string }>(
            "SELECT omschrijving FROM wijziging WHERE soort = 'realisatie' ORDER BY created_at, rowid",
          )
          .map((r) => r.omschrijving),
      ).toEqual([
        'Realisatie toegevoegd',
        'Realisatie toegevoegd',
        'Realisatie toegevoegd',
        'Realisatie verwijderd',
        'Realisatie gewijzigd',
      ]);
    } finally {
      db.close();
    }

    // And reopened in a new session, as after a restart.
    const tweede = await Session.create({ userData, dialogs: dialogen() });
    await tweede.openPath(path);
    expect(await invoker(tweede)('sroi.realisaties', { van: '2026-01-01', tot: '2026-12-31' })).toEqual({
      ok: true,
      data: voor,
    });
    await tweede.shutdown();
  });
});
