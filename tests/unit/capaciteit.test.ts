import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { aanbestedingskalender, gun } from '../../electron/main/services/aanbestedingen';
import {
  capaciteitsOverzicht,
  neemAanbodOver,
  voorstellenVoorStap,
  wijsToe,
} from '../../electron/main/services/capaciteit';
import { listStappen, saveStap } from '../../electron/main/services/leerlijn';
import { saveAanbesteding } from '../../electron/main/store/repositories/aanbestedingen';
import { zetAanbod } from '../../electron/main/store/repositories/capaciteit';
import { getContract, sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import {
  listRondes,
  saveRonde,
  slaAntwoordenOp,
} from '../../electron/main/store/repositories/inventarisatie';
import { saveOrganisatie } from '../../electron/main/store/repositories/organisaties';
import { slaTabelOpAlsNieuweVersie } from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { persoonjaren, verwachteSroiCent } from '../../shared/domain/aanbestedingen';
import { type BordStap, bezetInPeriode, capaciteitsbord, voorstellen } from '../../shared/domain/capaciteit';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { nu } from '../../shared/klok';
import { nieuweKandidaat } from './helpers/kandidaten';
import { aanbieder, optieId } from './helpers/sroi';
import { tempDir, thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const JAAR = { van: '2026-01-01', tot: '2026-12-31' };
const stap = (over: Partial<BordStap>): BordStap => ({
  stapId: 's',
  kandidaatId: 'k',
  kandidaatCode: 'K-AAAA',
  gemeenteId: null,
  optieCode: 'wep',
  organisatieId: null,
  organisatie: null,
  status: 'gepland',
  van: '2026-03-01',
  tot: null,
  ...over,
});

describe('the board, worked out by hand', () => {
  it('a step uses a place while planned or running and overlapping the period; undated steps count', () => {
    expect(bezetInPeriode({ status: 'lopend', van: '2025-06-01', tot: null }, JAAR)).toBe(true);
    expect(bezetInPeriode({ status: 'gepland', van: null, tot: null }, JAAR)).toBe(true);
    expect(bezetInPeriode({ status: 'gepland', van: '2027-01-01', tot: null }, JAAR)).toBe(false);
    expect(bezetInPeriode({ status: 'lopend', van: '2025-01-01', tot: '2025-12-31' }, JAAR)).toBe(false);
    expect(bezetInPeriode({ status: 'afgerond', van: '2026-03-01', tot: '2026-05-31' }, JAAR)).toBe(false);
  });

  it('offered 3 (A) + 1 (B); A uses 1, B uses 2 (over-booked by 1); 3 unassigned → 2 free at A, short 1 + 1', () => {
    const aanbod = [
      { organisatieId: 'a', organisatie: 'A', optieCode: 'wep', plaatsen: 3 },
      { organisatieId: 'b', organisatie: 'B', optieCode: 'wep', plaatsen: 1 },
    ];
    const stappen = [
      stap({ stapId: '1', organisatieId: 'a', organisatie: 'A' }),
      stap({ stapId: '2', organisatieId: 'b', organisatie: 'B' }),
      stap({ stapId: '3', organisatieId: 'b', organisatie: 'B', status: 'lopend' }),
      stap({ stapId: '4' }),
      stap({ stapId: '5' }),
      stap({ stapId: '6' }),
      stap({ stapId: '7', status: 'afgerond' }),
    ];
    const [wep] = capaciteitsbord(
      [
        { code: 'wep', naam: 'Werkervaringsplaats' },
        { code: 'bbl', naam: 'BBL' },
      ],
      aanbod,
      stappen,
      JAAR,
    );
    expect(wep).toMatchObject({
      aangeboden: 4,
      inGebruik: 3,
      // Over-booked 1 at B; 3 unassigned against 2 free at A → 1 more.
      tekort: 2,
      ongebruikt: 0,
      regels: [
        { organisatie: 'A', aangeboden: 3, inGebruik: 1, vrij: 2 },
        { organisatie: 'B', aangeboden: 1, inGebruik: 2, vrij: -1 },
      ],
    });
    expect(wep?.nietToegewezen.map((s) => s.stapId)).toEqual(['4', '5', '6']);
  });

  it("proposals: free places only, the candidate's gemeente first, then most free", () => {
    const aanbod = [
      { organisatieId: 'a', organisatie: 'A', optieCode: 'wep', plaatsen: 5 },
      { organisatieId: 'b', organisatie: 'B', optieCode: 'wep', plaatsen: 1 },
      { organisatieId: 'c', organisatie: 'C', optieCode: 'wep', plaatsen: 1 },
    ];
    const bord = capaciteitsbord(
      [{ code: 'wep', naam: 'Wep' }],
      aanbod,
      [stap({ organisatieId: 'c', organisatie: 'C' })],
      JAAR,
    );
    const v = voorstellen({ optieCode: 'wep', gemeenteId: 'goes' }, bord, new Map([['b', ['goes']]]));
    expect(v.map((x) => [x.organisatie, x.vrij, x.inGemeente])).toEqual([
      ['B', 1, true],
      ['A', 5, false],
    ]);
    expect(v[0]?.uitleg).toBe('1 plaats vrij; werkt in de gemeente van de kandidaat.');
  });
});

describe('the board on a werkgroep file', () => {
  it('offers come from the inventarisatie (no number = 1 place); assigning from a proposal resolves the shortage', () => {
    const db = regioDb(SQL);
    const goes = gemeenteId(db, 'Goes');
    const zorg = aanbieder(db, 'Zorggroep Aap');
    const ander = saveOrganisatie(db, {
      naam: 'Zorggroep Beer',
      soort: 'zorgaanbieder',
      contactpersoon: null,
      email: null,
      telefoon: null,
      gemeenteIds: [goes],
      jaaromzetCent: null,
      fte: null,
    });
    const sjabloon = (db.get<{ id: string }>('SELECT id FROM formulier_sjabloon') ?? { id: '' }).id;
    const ronde = saveRonde(db, {
      naam: 'R',
      sjabloonId: sjabloon,
      deadline: null,
      organisatieIds: [zorg, ander],
    });
    const contact = { soort: 'open' as const, tekst: 'X' };
    slaAntwoordenOp(db, ronde, zorg, {
      contactpersoon: contact,
      aanbod: { soort: 'aanbod', aanbod: [{ code: 'werkervaringsplaats', plaatsen: 1 }] },
    });
    slaAntwoordenOp(db, ronde, ander, {
      contactpersoon: contact,
      aanbod: { soort: 'aanbod', aanbod: [{ code: 'werkervaringsplaats', plaatsen: null }] },
    });
    expect(neemAanbodOver(db, listRondes(db)[0]?.id as string).aantal).toBe(2);

    const k = nieuweKandidaat(db, { gemeenteId: goes });
    const stapIn = (organisatieId: string | null) =>
      saveStap(db, {
        kandidaatId: k,
        menukaartOptieId: optieId(db, 'werkervaringsplaats'),
        organisatieId,
        geplandStart: '2026-03-01',
        geplandEind: null,
        start: null,
        eind: null,
        urenPerWeek: 24,
        status: 'gepland',
        vastContract: false,
        resultaat: null,
      });
    stapIn(zorg);
    stapIn(null);
    stapIn(null);
    const wep = () => capaciteitsOverzicht(db, JAAR).bord.find((b) => b.optieCode === 'werkervaringsplaats');
    // 2 offered (1 + 1 without a number), 1 used at Aap, 2 unassigned, 1 free at Beer → short 1.
    expect(wep()).toMatchObject({ aangeboden: 2, inGebruik: 1, tekort: 1 });
    const open = wep()?.nietToegewezen[0]?.stapId as string;
    const [voorstel] = voorstellenVoorStap(db, open, JAAR);
    expect(voorstel).toMatchObject({ organisatie: 'Zorggroep Beer', inGemeente: true });
    wijsToe(db, open, voorstel?.organisatieId as string);
    expect(wep()).toMatchObject({
      inGebruik: 2,
      ongebruikt: 0,
      tekort: 1,
      nietToegewezen: [expect.anything()],
    });
    expect(listStappen(db, k).filter((s) => s.organisatieId === ander)).toHaveLength(1);

    zetAanbod(db, ander, optieId(db, 'werkervaringsplaats'), 3);
    expect(wep()).toMatchObject({ aangeboden: 4, tekort: 0, ongebruikt: 1 });
    expect(thrown(() => zetAanbod(db, goes, optieId(db, 'werkervaringsplaats'), 1)).message).toBe(
      'Aanbod hoort bij een aanbieder, niet bij een gemeente.',
    );
    zetAanbod(db, ander, optieId(db, 'werkervaringsplaats'), null);
    expect(capaciteitsOverzicht(db, JAAR).aanbod.map((a) => a.organisatie)).toEqual(['Zorggroep Aap']);
  });
});

describe('options that are no SR effort', () => {
  it('dagbesteding is on the board only once someone offers it', () => {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    const k = nieuweKandidaat(db);
    saveStap(db, {
      kandidaatId: k,
      menukaartOptieId: optieId(db, 'dagbesteding'),
      organisatieId: zorg,
      geplandStart: '2026-03-01',
      geplandEind: null,
      start: '2026-03-01',
      eind: null,
      urenPerWeek: 16,
      status: 'lopend',
      vastContract: false,
      resultaat: null,
    });
    const codes = () => capaciteitsOverzicht(db, JAAR).bord.map((b) => b.optieCode);
    expect(codes()).toEqual([]);
    zetAanbod(db, zorg, optieId(db, 'dagbesteding'), 4);
    expect(codes()).toEqual(['dagbesteding']);
  });
});

describe('aanbestedingskalender', () => {
  it('expected SROI and person-years: € 12 mln at 5 % = € 600.000 = 15 years WW (€ 40.000)… worked out', () => {
    expect(verwachteSroiCent(12_000_000_00, 500)).toBe(600_000_00);
    const jaren = persoonjaren(600_000_00, PRESET_UTRECHT);
    // Utrecht: participatiewet € 40.000 → 15; WW € 20.000 → 30; Wajong € 50.000 → 12.
    expect(jaren).toEqual(
      expect.arrayContaining([
        { doelgroep: 'participatiewet_kort', jaren: 15 },
        { doelgroep: 'ww', jaren: 30 },
        { doelgroep: 'wajong', jaren: 12 },
      ]),
    );
    expect(jaren.some((j) => j.doelgroep === 'werkervaringsplaats')).toBe(false);
  });

  it('a tender becomes a contract without retyping; a second award is refused', () => {
    const db = regioDb(SQL);
    slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const goes = gemeenteId(db, 'Goes');
    const tholen = gemeenteId(db, 'Tholen');
    const id = saveAanbesteding(db, {
      naam: 'Groenonderhoud',
      sector: 'groen',
      gemeenteIds: [goes, tholen],
      verwachteStart: '2027-04-01',
      waardeCent: 2_000_000_00,
      sroiPercentageBp: 500,
      toelichting: null,
    });
    const kalender = aanbestedingskalender(db);
    expect(kalender.tabel).toBe('Regio Utrecht (publieke bouwblokken) (versie 1)');
    expect(kalender.aanbestedingen[0]).toMatchObject({
      kwartaal: '2027-K2',
      verwachteSroiCent: 100_000_00,
      gemeenten: ['Goes', 'Tholen'],
    });
    const nemer = aanbieder(db, 'Hovenier Proef');
    const contractId = gun(db, {
      id,
      opdrachtnemerId: nemer,
      startdatum: '2027-04-01',
      einddatum: '2028-03-31',
    });
    expect(getContract(db, contractId)).toMatchObject({
      naam: 'Groenonderhoud',
      opdrachtnemer: 'Hovenier Proef',
      waardeCent: 2_000_000_00,
      sroiPercentageBp: 500,
    });
    expect(sroiOverzicht(db, '2027-04-01', '2028-03-31').totaalCent).toBe(100_000_00);
    expect(
      thrown(() => gun(db, { id, opdrachtnemerId: nemer, startdatum: '2027-04-01', einddatum: '2028-03-31' }))
        .message,
    ).toBe('Deze aanbesteding is al gegund.');
    expect(
      thrown(() => saveAanbesteding(db, { ...aanbestedingLoos(), id, gemeenteIds: [goes] })).message,
    ).toMatch(/al gegund/);
  });
});

/** Minimal tender input for refusal checks. */
function aanbestedingLoos() {
  return {
    naam: 'X',
    sector: 'zorg' as const,
    verwachteStart: '2027-01-01',
    waardeCent: 0,
    sroiPercentageBp: 0,
    toelichting: null,
  };
}

describe('exports and command line', () => {
  it('tafelwerk export capaciteit / aanbestedingskalender write workbooks that read back', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(['voorbeeld', file], io)).toBe(0);
    const jaar = String(nu().getFullYear());
    expect(
      await runCli(['export', 'capaciteit', file, '--out', join(dir, 'c.xlsx'), '--jaar', jaar], io),
    ).toBe(0);
    expect(await runCli(['export', 'aanbestedingskalender', file, '--out', join(dir, 'k.xlsx')], io)).toBe(0);
    const c = new ExcelJS.Workbook();
    await c.xlsx.readFile(join(dir, 'c.xlsx'));
    expect(c.worksheets.map((w) => w.name)).toEqual(['Per mogelijkheid', 'Per organisatie']);
    const eerste = c.getWorksheet('Per mogelijkheid') as ExcelJS.Worksheet;
    expect((eerste.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Mogelijkheid',
      'Aangeboden',
      'In gebruik',
      'Niet toegewezen',
      'Tekort',
      'Ongebruikt',
    ]);
    const k = new ExcelJS.Workbook();
    await k.xlsx.readFile(join(dir, 'k.xlsx'));
    const kal = k.getWorksheet('Aanbestedingskalender') as ExcelJS.Worksheet;
    expect(kal.getCell(5, 2).value).toBe('Huishoudelijke ondersteuning (fictief)');
    expect(kal.getCell(5, 8).value).toBe(600_000);
    expect(kal.getCell(5, 8).numFmt).toContain('€');
  });
});
