import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { foPakketWerkboek } from '../../electron/main/excel/fo-pakket';
import { foPakketGegevens } from '../../electron/main/services/fo-pakket';
import { dashboard } from '../../electron/main/services/monitoring';
import { Db } from '../../electron/main/store/database';
import { getEvaluatie, listEvaluaties } from '../../electron/main/store/repositories/evaluaties';
import { periodeVoor } from '../../renderer/src/features/monitoring/periode';
import { aandeelProcent } from '../../shared/domain/aandelen';
import { nietToegerekendCent } from '../../shared/domain/indicator-teksten';
import { KANDIDAAT_STATUS_LABEL, KANDIDAAT_STATUSSEN } from '../../shared/domain/kandidaten';
import {
  getoondeUitstroom,
  type Kerncijfers,
  UITSTROOM_CATEGORIE_LABEL,
} from '../../shared/domain/monitoring';
import { lokaleDag, vandaagIso } from '../../shared/klok';
import { openRaw, tempDir } from './helpers/temp';

/**
 * The same period shows the same numbers on the dashboard, in the evaluation and on the FO-pakket's
 * Evaluatie sheet written by the command line: one real werkgroep file (the example), the sheet
 * read back with exceljs.
 */

const VANDAAG = vandaagIso();
// The dashboard's own period, the last twelve months: the example's story lies in it on any date
// (a calendar year is almost empty on 1 January, which the fixed-date runs showed).
const JAAR = periodeVoor('twaalfMaanden', VANDAAG);

/** The figures as the Evaluatie sheet shows them, by their labels in column A. */
function vanBlad(blad: ExcelJS.Worksheet | undefined) {
  const rijen = new Map<string, ExcelJS.CellValue[]>();
  blad?.eachRow((rij) => {
    const label = String(rij.getCell(1).value ?? '').trim();
    if (!rijen.has(label))
      rijen.set(
        label,
        [2, 3, 4, 5, 6].map((k) => rij.getCell(k).value),
      );
  });
  return (label: string) => rijen.get(label) ?? [];
}

/** What a reader of the sheet sees must be what the figures say, row for row. */
function bladToont(blad: ExcelJS.Worksheet | undefined, c: Kerncijfers): void {
  const rij = vanBlad(blad);
  expect(rij('Kandidaten in de periode')[0]).toBe(c.kandidaten.totaal);
  for (const s of KANDIDAAT_STATUSSEN)
    expect(rij(`waarvan ${KANDIDAAT_STATUS_LABEL[s].toLowerCase()}`)[0]).toBe(c.kandidaten.perStatus[s]);
  for (const r of getoondeUitstroom(c.uitstroom)) {
    const [aantal, aandeel] = rij(UITSTROOM_CATEGORIE_LABEL[r.categorie]);
    expect(aantal).toBe(r.aantal);
    expect(aandeel === null ? null : Math.round(Number(aandeel) * 100)).toBe(r.procent);
  }
  expect(rij('Totaal')[0]).toBe(c.kandidaten.totaal);
  const [mediaan, , uitleg] = rij('Mediaan tijd tot betaald werk (dagen)');
  expect(mediaan ?? null).toBe(c.tijdTotBetaaldWerk.mediaanDagen);
  const inRij = c.tijdTotBetaaldWerk.aantal + c.tijdTotBetaaldWerk.zonderStart;
  if (inRij > 0) expect(String(uitleg)).toContain(`Over de ${inRij} kandidat`);
  const [sroi] = rij('Gerealiseerd van de verplichting');
  expect(sroi === null ? null : Math.round(Number(sroi) * 100)).toBe(
    aandeelProcent(c.sroi.gerealiseerdCent, c.sroi.verplichtingCent),
  );
}

/**
 * The SROI sheets add up to the figures: per aanbieder to the total, per gemeente plus what no
 * gemeente can be given to the same total, and each share as the screen rounds it.
 */
function sroiBladenKloppen(wb: ExcelJS.Workbook, c: Kerncijfers): void {
  const aanbieder = vanBlad(wb.getWorksheet('SROI per aanbieder'));
  const gemeente = vanBlad(wb.getWorksheet('SROI per gemeente'));
  const getal = (v: ExcelJS.CellValue | undefined) =>
    v === null || v === undefined ? null : Number(typeof v === 'object' && 'result' in v ? v.result : v);
  const cent = (v: ExcelJS.CellValue | undefined) => Math.round((getal(v) ?? Number.NaN) * 100);
  const procent = (v: ExcelJS.CellValue | undefined) => {
    const g = getal(v);
    return g === null ? null : Math.round(g * 100);
  };
  // Per aanbieder: Gerealiseerd in column E, its share in F (index 3 and 4 from column B).
  expect(cent(aanbieder('Totaal')[3])).toBe(c.sroi.gerealiseerdCent);
  expect(procent(aanbieder('Totaal')[4])).toBe(
    aandeelProcent(c.sroi.gerealiseerdCent, c.sroi.verplichtingCent),
  );
  for (const s of c.sroi.perAanbieder)
    expect(procent(aanbieder(s.naam)[4])).toBe(aandeelProcent(s.gerealiseerdCent, s.verplichtingCent));
  // Per gemeente: Gerealiseerd in column D; the total plus the unattributed line is the same total.
  const niet = nietToegerekendCent(c.sroi);
  expect(niet).toBeGreaterThan(0);
  expect(cent(gemeente('Niet toe te rekenen aan een gemeente')[2])).toBe(niet);
  expect(cent(gemeente('Totaal')[2]) + niet).toBe(c.sroi.gerealiseerdCent);
  expect(cent(gemeente('Totaal gerealiseerd (gelijk aan per aanbieder)')[2])).toBe(c.sroi.gerealiseerdCent);
}

async function voorbeeldBestand() {
  const dir = await tempDir();
  const bestand = join(dir, 'v.tafelwerk');
  const io = { out: () => {}, err: (l: string) => console.error(l) };
  expect(await runCli(['voorbeeld', bestand], io)).toBe(0);
  const pakket = async (periode: { van: string; tot: string }) => {
    const out = join(dir, `${periode.van}.xlsx`);
    const args = ['export', 'fo-pakket', bestand, '--periode', `${periode.van}..${periode.tot}`];
    expect(await runCli([...args, '--out', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    return wb;
  };
  return { db: new Db(await openRaw(bestand)), pakket };
}

describe('one period, the same figures everywhere', () => {
  it('the last twelve months: dashboard and the command line FO-pakket (live figures) agree', async () => {
    const { db, pakket } = await voorbeeldBestand();
    const d = dashboard(db, JAAR, null, VANDAAG);
    expect(d.kandidaten.totaal).toBeGreaterThan(5);
    const wb = await pakket(JAAR);
    bladToont(wb.getWorksheet('Evaluatie'), d);
    sroiBladenKloppen(wb, d);
    db.close();
  });

  it('the example evaluation: frozen before it went to the FO, and dashboard, evaluation and FO-pakket agree', async () => {
    const { db, pakket } = await voorbeeldBestand();
    const regel = listEvaluaties(db).find((e) => e.status === 'verzonden');
    const e = getEvaluatie(db, regel?.id as string);
    // Frozen after the period ended and before it was sent, as a real one would be.
    const vastgelegd = lokaleDag(e.vastgelegdOp);
    expect(vastgelegd > e.periode.tot).toBe(true);
    expect(vastgelegd < (e.verzondenOp as string)).toBe(true);
    expect((e.verzondenOp as string) <= VANDAAG).toBe(true);
    // Nothing has changed since: the dashboard for that period and group shows the frozen figures.
    const {
      inventarisatie: _i,
      acties: _a,
      volgendeBijeenkomst: _v,
      ...live
    } = dashboard(db, e.periode, e.groepId, VANDAAG);
    expect(live).toEqual(e.cijfers);
    const wb = await pakket(e.periode);
    bladToont(wb.getWorksheet('Evaluatie'), e.cijfers);
    sroiBladenKloppen(wb, e.cijfers);
    db.close();
  });

  it('an evaluation frozen before shares were rounded once still shows, with its own counts', async () => {
    const { db } = await voorbeeldBestand();
    const id = listEvaluaties(db)[0]?.id as string;
    const nu = getEvaluatie(db, id);
    // The snapshot as the earlier version wrote it: no rounded shares, no count without start date.
    const oud = JSON.parse(
      db.get<{ j: string }>('SELECT momentopname_json AS j FROM evaluatie WHERE id = ?', [id])?.j as string,
    );
    oud.cijfers.uitstroom = [
      { categorie: 'betaald_werk', aantal: 1, aandeel: 1 / 3 },
      { categorie: 'opleiding', aantal: 1, aandeel: 1 / 3 },
      { categorie: 'in_traject', aantal: 1, aandeel: 1 / 3 },
    ];
    oud.cijfers.kandidaten.totaal = 3;
    oud.cijfers.tijdTotBetaaldWerk = { mediaanDagen: 92, aantal: 3 };
    db.run('UPDATE evaluatie SET momentopname_json = ? WHERE id = ?', [JSON.stringify(oud), id]);
    const e = getEvaluatie(db, id);
    expect(e.cijfers.uitstroom.map((r) => [r.aantal, r.procent])).toEqual([
      [1, 34],
      [1, 33],
      [1, 33],
    ]);
    // Frozen means frozen: its (old, contradictory) numbers are not recomputed from today's data.
    expect(e.cijfers.tijdTotBetaaldWerk).toEqual({ mediaanDagen: 92, aantal: 3, zonderStart: 0 });
    expect(e.cijfers.ladder).toEqual(nu.cijfers.ladder);
    const wb = await foPakketWerkboek(foPakketGegevens(db, { evaluatieId: id }, VANDAAG));
    bladToont(wb.getWorksheet('Evaluatie'), e.cijfers);
    db.close();
  });
});
