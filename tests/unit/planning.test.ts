import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { planningWerkboek } from '../../electron/main/excel/planning-export';
import {
  deleteActiviteit,
  getPlanning,
  planningUitSjabloon,
  saveActiviteit,
  saveFase,
} from '../../electron/main/store/repositories/planning';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { BALK_KLEUR, maandKort } from '../../renderer/src/features/planning/weergave';
import {
  type Activiteit,
  afhankelijkheidsProblemen,
  type Fase,
  isTeLaat,
  maandReeks,
  plusMaand,
  voorgesteldeFase,
} from '../../shared/domain/planning';
import { excelKleur } from '../../shared/format/status-kleuren';
import { tempDir, thrown } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const act = (over: Partial<Activiteit>): Activiteit => ({
  id: 'a',
  faseId: 'f',
  titel: 'A',
  eigenaar: null,
  startMaand: '2026-01',
  eindMaand: '2026-02',
  status: 'gepland',
  afhankelijkVan: null,
  volgorde: 1,
  ...over,
});

describe('planning arithmetic', () => {
  it('months across a year end; a span includes both ends', () => {
    expect(plusMaand('2026-11', 3)).toBe('2027-02');
    expect(plusMaand('2026-01', -1)).toBe('2025-12');
    expect(maandReeks('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(maandReeks('2026-05', '2026-05')).toEqual(['2026-05']);
  });

  it('late: not done and its last month has passed, or marked vertraagd', () => {
    expect(isTeLaat({ status: 'bezig', eindMaand: '2026-10' }, '2026-11-23')).toBe(true);
    expect(isTeLaat({ status: 'bezig', eindMaand: '2026-11' }, '2026-11-23')).toBe(false);
    expect(isTeLaat({ status: 'klaar', eindMaand: '2026-01' }, '2026-11-23')).toBe(false);
    expect(isTeLaat({ status: 'vertraagd', eindMaand: '2027-01' }, '2026-11-23')).toBe(true);
  });

  it('dependencies: starting before the predecessor ends is flagged; a cycle is named', () => {
    const p = afhankelijkheidsProblemen([
      act({ id: 'a', titel: 'Plan', eindMaand: '2026-02' }),
      act({ id: 'b', titel: 'Start', startMaand: '2026-02', afhankelijkVan: 'a' }),
      act({ id: 'c', titel: 'Daarna', startMaand: '2026-03', afhankelijkVan: 'a' }),
      act({ id: 'x', afhankelijkVan: 'y' }),
      act({ id: 'y', afhankelijkVan: 'x' }),
    ]);
    expect(p.get('b')).toBe('Begint voordat "Plan" klaar is.');
    expect(p.has('c')).toBe(false);
    expect(p.get('x')).toMatch(/op zichzelf/);
  });

  it('a new activity is proposed in the phase with work this month, else work to come, else the last', () => {
    const fase = (id: string, ...maanden: [string, string][]): Fase => ({
      id,
      naam: id,
      volgorde: 1,
      activiteiten: maanden.map(([startMaand, eindMaand]) => act({ faseId: id, startMaand, eindMaand })),
    });
    const fasen = [fase('voorbereiding', ['2026-01', '2026-03']), fase('uitvoering', ['2026-11', '2027-01'])];
    const slot = fase('afronding', ['2027-06', '2027-06']);
    // Across the year end, the running phase; on leap day, the one still to come.
    expect(voorgesteldeFase([...fasen, slot], '2026-12-31')?.id).toBe('uitvoering');
    expect(voorgesteldeFase([...fasen, slot], '2027-01-01')?.id).toBe('uitvoering');
    expect(voorgesteldeFase([...fasen, slot], '2027-02-28')?.id).toBe('afronding');
    expect(voorgesteldeFase([...fasen, fase('leeg')], '2028-02-29')?.id).toBe('leeg');
    expect(voorgesteldeFase([], '2026-12-31')).toBeNull();
  });
});

describe('planning repository', () => {
  it('the template shifted to a start month; only into an empty planning', () => {
    const db = regioDb(SQL);
    planningUitSjabloon(db, '2027-01');
    const p = getPlanning(db);
    expect(p.fasen.map((f) => f.naam)).toEqual([
      'Voorbereiding',
      'Uitvoering in groepen',
      'Monitoring en evaluatie',
    ]);
    expect(p.fasen[0]?.activiteiten.map((a) => [a.titel, a.startMaand])).toEqual([
      ['Plan van aanpak opstellen', '2027-01'],
      ['Inventarisatie bij zorgaanbieders', '2027-02'],
    ]);
    expect(p.mijlpalen[0]).toMatchObject({
      naam: 'Plan bespreken in de Fysieke Overlegtafel',
      datum: '2027-03-15',
    });
    expect(p.bereik).toEqual({ van: '2027-01', tot: '2028-03' });
    expect(thrown(() => planningUitSjabloon(db, '2027-01')).message).toMatch(/al een planning/);
  });

  it('activities: end before start, unknown dependency and a cycle are refused; deleting releases dependants', () => {
    const db = regioDb(SQL);
    const fase = saveFase(db, 'Fase');
    const basis = { faseId: fase, eigenaar: null, status: 'gepland' as const, afhankelijkVan: null };
    const a = saveActiviteit(db, { ...basis, titel: 'A', startMaand: '2026-01', eindMaand: '2026-02' });
    expect(
      thrown(() => saveActiviteit(db, { ...basis, titel: 'X', startMaand: '2026-03', eindMaand: '2026-02' }))
        .message,
    ).toBe('De laatste maand ligt voor de eerste maand.');
    const b = saveActiviteit(db, {
      ...basis,
      titel: 'B',
      startMaand: '2026-03',
      eindMaand: '2026-03',
      afhankelijkVan: a,
    });
    expect(
      thrown(() =>
        saveActiviteit(
          db,
          { ...basis, titel: 'A', startMaand: '2026-01', eindMaand: '2026-02', afhankelijkVan: b },
          a,
        ),
      ).message,
    ).toMatch(/op zichzelf/);
    // The refused change left A as it was.
    expect(getPlanning(db).fasen[0]?.activiteiten.find((x) => x.id === a)?.afhankelijkVan).toBeNull();
    deleteActiviteit(db, a);
    expect(getPlanning(db).fasen[0]?.activiteiten).toEqual([
      expect.objectContaining({ id: b, afhankelijkVan: null }),
    ]);
  });
});

describe('Excel planning', () => {
  it("the grid's fills match each activity's months and status; milestones are marked", async () => {
    const db = regioDb(SQL);
    planningUitSjabloon(db, '2026-01');
    db.run("UPDATE planning_activiteit SET status = 'klaar' WHERE titel = 'Plan van aanpak opstellen'");
    const dir = await tempDir();
    const pad = join(dir, 'p.xlsx');
    await planningWerkboek(getPlanning(db), 'Test', '2026-06-10').xlsx.writeFile(pad);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    const blad = wb.getWorksheet('Planning') as ExcelJS.Worksheet;
    const maanden = maandReeks('2026-01', '2027-03');
    expect(blad.getCell(4, 4).value).toBe('jan\n2026');
    const rijVan = (tekst: string) => {
      for (let r = 5; r <= blad.rowCount; r++)
        if (String(blad.getCell(r, 1).value).trim() === tekst) return r;
      throw new Error(tekst);
    };
    const gevuld = (r: number) =>
      maanden.filter(
        (_, i) => (blad.getCell(r, 4 + i).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
      );
    const plan = rijVan('Plan van aanpak opstellen');
    expect(gevuld(plan)).toEqual(['2026-01']);
    const vulling = (r: number, maand: string) =>
      (blad.getCell(r, 4 + maanden.indexOf(maand)).fill as ExcelJS.FillPattern).fgColor?.argb;
    // The Excel fill is the colour the Gantt bar has on screen.
    expect(vulling(plan, '2026-01')).toBe(excelKleur(BALK_KLEUR.klaar));
    const groep1 = rijVan('Groep 1');
    expect(gevuld(groep1)).toEqual(['2026-03', '2026-04', '2026-05']);
    // Groep 1 ended in May and is not done on 10 June: late.
    expect(blad.getCell(groep1, 3).value).toBe('Te laat');
    expect(vulling(groep1, '2026-05')).toBe(excelKleur(BALK_KLEUR.laat));
    const fo = rijVan('◆ Plan bespreken in de Fysieke Overlegtafel');
    expect(blad.getCell(fo, 4 + maanden.indexOf('2026-03')).value).toBe('◆');
    expect(blad.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('months, Gepland and Bezig look as on screen: "mrt", grey and blue', async () => {
    const db = regioDb(SQL);
    planningUitSjabloon(db, '2026-01');
    const later = getPlanning(db)
      .fasen.flatMap((f) => f.activiteiten)
      .filter((a) => a.eindMaand > '2026-06');
    const [bezig, gepland] = later;
    if (!bezig || !gepland) throw new Error('the template has activities after June');
    db.run("UPDATE planning_activiteit SET status = 'bezig' WHERE id = ?", [bezig.id]);
    const dir = await tempDir();
    await planningWerkboek(getPlanning(db), 'Test', '2026-06-10').xlsx.writeFile(join(dir, 'p.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'p.xlsx'));
    const blad = wb.getWorksheet('Planning') as ExcelJS.Worksheet;
    const koppen = maandReeks('2026-01', '2026-12').map((_, i) => String(blad.getCell(4, 4 + i).value));
    expect(koppen.map((k) => k.split('\n')[0])).toEqual(
      'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(' '),
    );
    expect(koppen[2]).toBe(`${maandKort('2026-03')}\n2026`);
    const rij = (titel: string) => {
      for (let r = 5; r <= blad.rowCount; r++)
        if (String(blad.getCell(r, 1).value).trim() === titel) return r;
      throw new Error(titel);
    };
    const kleurIn = (a: Activiteit) =>
      (
        blad.getCell(rij(a.titel), 4 + maandReeks('2026-01', a.eindMaand).length - 1)
          .fill as ExcelJS.FillPattern
      ).fgColor?.argb;
    expect(kleurIn(bezig)).toBe(excelKleur(BALK_KLEUR.bezig));
    expect(kleurIn(bezig)).toBe('FF1C7ED6');
    expect(kleurIn(gepland)).toBe(excelKleur(BALK_KLEUR.gepland));
    expect(kleurIn(gepland)).toBe('FF868E96');
    // The legend lists the screen's four looks with the same fills.
    const legenda = rij('Legenda');
    expect(blad.getCell(legenda + 1, 1).value).toBe('Gepland');
    expect((blad.getCell(legenda + 2, 2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1C7ED6');
  });

  it('tafelwerk export planning writes the example planning', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(['voorbeeld', file], io)).toBe(0);
    expect(await runCli(['export', 'planning', file, '--out', join(dir, 'p.xlsx')], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'p.xlsx'));
    expect(wb.getWorksheet('Planning')?.getCell(5, 1).value).toBe('Voorbereiding');
  });
});
