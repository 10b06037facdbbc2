import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { SqlValue } from 'sql.js';
import { foPakketWerkboek } from '../electron/main/excel/fo-pakket';
import { planningWerkboek } from '../electron/main/excel/planning-export';
import { foPakketGegevens } from '../electron/main/services/fo-pakket';
import { groepOverzicht } from '../electron/main/services/groepen';
import { maakFormulieren, maakResultatenWerkboek } from '../electron/main/services/inventarisatie-export';
import { bekijkFormulieren, voerFormulierenUit } from '../electron/main/services/inventarisatie-import';
import { bewaarKandidatenExport } from '../electron/main/services/kandidaten-export';
import { dashboard, monitoringGegevens } from '../electron/main/services/monitoring';
import { maakSroiWerkboek } from '../electron/main/services/sroi-export';
import { Db, type Params } from '../electron/main/store/database';
import { listOpenActies } from '../electron/main/store/repositories/bijeenkomsten';
import { sroiOverzicht } from '../electron/main/store/repositories/contracten';
import { getSjabloon, listRondes, rondeResultaten } from '../electron/main/store/repositories/inventarisatie';
import { listKandidaten } from '../electron/main/store/repositories/kandidaten-lijst';
import { getPlanning } from '../electron/main/store/repositories/planning';
import { getWerkgroep } from '../electron/main/store/repositories/werkgroep';
import { loadSqlJs } from '../electron/main/store/sqljs';
import { WerkgroepFile } from '../electron/main/store/werkgroep-file';
import { alleVragen } from '../shared/domain/inventarisatie-antwoorden';
import { PERIODE, VANDAAG } from './genereer';

/** One measured thing: the app's times and its floor's times (ms), same number of runs. */
export interface Meting {
  naam: string;
  app: number[];
  vloer: number[];
  /** What the floor is, in a few words. */
  vloerSoort: string;
  /** Extra numbers worth reporting (ms or counts). */
  extra?: Record<string, number>;
}

const nu = () => performance.now();

async function tijd<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t = nu();
  const uit = await fn();
  return [nu() - t, uit];
}

/** A fresh folder with a copy of the file: every open starts as the user's first open of the day. */
async function kopie(bestand: string): Promise<{ pad: string; weg: () => Promise<void> }> {
  const map = await fs.mkdtemp(join(tmpdir(), 'tafelwerk-bench-'));
  const pad = join(map, 'werkgroep.tafelwerk');
  await fs.copyFile(bestand, pad);
  return { pad, weg: () => fs.rm(map, { recursive: true, force: true }) };
}

/**
 * Open until the dashboard's data is ready, two ways:
 * - as Tafelwerk leaves a file (it was saved and closed by Tafelwerk, so it carries the mark of a
 *   passed integrity check): read, fingerprint, sql.js load, migrations check, lock; the backup on
 *   open runs in the background (its mtime is set after the last backup, so one is taken);
 * - a file Tafelwerk has not checked before (copied in from elsewhere): the same plus the full
 *   integrity check.
 */
export async function meetOpenen(bestand: string, runs: number): Promise<Meting[]> {
  const SQL = await loadSqlJs();
  const gemerkt = { app: [] as number[], vloer: [] as number[], open: [] as number[] };
  const vers = { app: [] as number[], vloer: [] as number[], open: [] as number[] };
  const integriteit: number[] = [];
  const dash: number[] = [];
  const gegevens: number[] = [];
  const meet = async (pad: string, doel: typeof vers) => {
    let open = 0;
    const [t, file] = await tijd(async () => {
      const [o, { file }] = await tijd(() => WerkgroepFile.open(pad));
      open = o;
      dashboard(file.db, PERIODE, null, VANDAAG);
      return file;
    });
    doel.app.push(t);
    doel.open.push(open);
    return file;
  };
  const vloer = async (pad: string) => {
    const [v, raw] = await tijd(async () => new SQL.Database(await fs.readFile(pad)));
    raw.close();
    return v;
  };
  for (let i = 0; i < runs; i++) {
    const { pad, weg } = await kopie(bestand);
    const file = await meet(pad, vers);
    integriteit.push((await tijd(() => file.db.integrityOk()))[0]);
    dash.push((await tijd(() => dashboard(file.db, PERIODE, null, VANDAAG)))[0]);
    // The queries and their mapping alone; the rest of the dashboard is berekenKerncijfers (pure JS).
    gegevens.push((await tijd(() => monitoringGegevens(file.db, PERIODE)))[0]);
    await file.close();
    vers.vloer.push(await vloer(pad));
    // That open marked the file. Newer than its backups, as after a day's saves.
    const later = new Date(Date.now() + 1000);
    await fs.utimes(pad, later, later);
    await (await meet(pad, gemerkt)).close();
    gemerkt.vloer.push(await vloer(pad));
    await weg();
  }
  const vloerSoort = 'readFile + new SQL.Database(bytes)';
  return [
    {
      naam: 'openen → dashboard',
      app: gemerkt.app,
      vloer: gemerkt.vloer,
      vloerSoort,
      extra: {
        openen_ms: mediaan(gemerkt.open),
        dashboard_ms: mediaan(dash),
        dashboard_queries_ms: mediaan(gegevens),
      },
    },
    {
      naam: 'openen → dashboard, eerste keer (volledige controle)',
      app: vers.app,
      vloer: vers.vloer,
      vloerSoort,
      extra: { openen_ms: mediaan(vers.open), integrity_check_ms: mediaan(integriteit) },
    },
  ];
}

interface Opgenomen {
  sql: string;
  params: Params;
}

/** Records every `Db.all`/`Db.get` (get goes through all) while fn runs. */
function neemOp<T>(fn: () => T): [T, Opgenomen[]] {
  const opgenomen: Opgenomen[] = [];
  const origineel = Db.prototype.all;
  Db.prototype.all = function <R>(this: Db, sql: string, params: Params = []): R[] {
    opgenomen.push({ sql, params });
    return origineel.call(this, sql, params) as R[];
  };
  try {
    return [fn(), opgenomen];
  } finally {
    Db.prototype.all = origineel;
  }
}

interface NatiefStatement {
  all(...params: unknown[]): unknown[];
}
interface NatieveDb {
  prepare(sql: string): NatiefStatement;
  close(): void;
}

/**
 * better-sqlite3, when its native build is installed. It lives in bench/'s own package.json
 * (installed by `npm run bench`), so the app's install and CI never compile it.
 */
export function laadNatief(): ((pad: string) => NatieveDb) | null {
  try {
    const require = createRequire(process.env.TAFELWERK_BENCH_VLOER ?? import.meta.url);
    const Database = require('better-sqlite3') as new (pad: string, o: { readonly: boolean }) => NatieveDb;
    const probe = new Database(':memory:', { readonly: false });
    probe.close();
    return (pad: string) => new Database(pad, { readonly: true });
  } catch {
    return null;
  }
}

/** sql.js style parameters to better-sqlite3's: named keys lose their ':'/'$'/'@' prefix. */
function natieveParams(p: Params): unknown[] {
  if (Array.isArray(p)) return p;
  return [Object.fromEntries(Object.entries(p).map(([k, v]) => [k.replace(/^[:$@]/, ''), v as SqlValue]))];
}

export const LIJSTEN = [
  'kandidaten (listKandidaten)',
  'groep (groepOverzicht)',
  'open acties (listOpenActies)',
  'SROI per aanbieder (sroiOverzicht)',
  'inventarisatiematrix (rondeResultaten)',
] as const;

/**
 * Each main list query, p50/p95 over `runs`, against the same SQL statements (recorded from the
 * repository) replayed on native SQLite opened on the same bytes. Without better-sqlite3 the floor
 * is sql.js running the recorded SQL without the repository's mapping.
 */
export async function meetLijsten(bestand: string, runs: number, alleen?: string[]): Promise<Meting[]> {
  const { pad, weg } = await kopie(bestand);
  const { file } = await WerkgroepFile.open(pad);
  const db = file.db;
  try {
    // The groep in the middle of the list: a typical cohort.
    const groepen = db.all<{ id: string }>(
      'SELECT id FROM groep WHERE deleted_at IS NULL ORDER BY startdatum',
    );
    const groepId = groepen[Math.floor(groepen.length / 2)]?.id ?? '';
    const rondeId = listRondes(db)[0]?.id ?? '';
    const vragen: Record<(typeof LIJSTEN)[number], () => unknown> = {
      'kandidaten (listKandidaten)': () => listKandidaten(db, { metNamen: false }),
      'groep (groepOverzicht)': () => groepOverzicht(db, groepId, false),
      'open acties (listOpenActies)': () => listOpenActies(db),
      'SROI per aanbieder (sroiOverzicht)': () => sroiOverzicht(db, PERIODE.van, PERIODE.tot),
      'inventarisatiematrix (rondeResultaten)': () => rondeResultaten(db, rondeId),
    };
    // The floor reads the same bytes the app holds (after migrations) from a plain file.
    const natief = laadNatief();
    const dbPad = join(pad, '..', 'zelfde-bytes.sqlite');
    await fs.writeFile(dbPad, db.export());
    const ndb = natief ? natief(dbPad) : null;
    const uit: Meting[] = [];
    for (const naam of LIJSTEN) {
      if (alleen && !alleen.some((a) => naam.startsWith(a))) continue;
      const [, opgenomen] = neemOp(vragen[naam]);
      const app: number[] = [];
      const vloer: number[] = [];
      for (let i = 0; i < runs; i++) {
        app.push((await tijd(vragen[naam]))[0]);
        vloer.push(
          (
            await tijd(() => {
              for (const q of opgenomen) {
                if (ndb) ndb.prepare(q.sql).all(...natieveParams(q.params));
                else Db.prototype.all.call(db, q.sql, q.params);
              }
            })
          )[0],
        );
      }
      uit.push({
        naam,
        app,
        vloer,
        vloerSoort: ndb
          ? 'better-sqlite3, same SQL + params'
          : 'sql.js, same SQL without mapping (no better-sqlite3)',
        extra: { statements: opgenomen.length },
      });
    }
    ndb?.close();
    return uit;
  } finally {
    await file.close();
    await weg();
  }
}

/** One edit, as the app makes it: a statement on one table. */
type Bewerking = (db: Db, i: number) => void;

const BEWERKINGEN: [string, Bewerking][] = [
  [
    'autosave na één wijziging',
    (db, i) =>
      db.run('UPDATE werkgroep SET naam = ?, updated_at = ?', [`Werkgroep ${i}`, new Date().toISOString()]),
  ],
  [
    // The largest table: the check of what changed reads all of it (100,000 rows at groot).
    'autosave na wijziging van een leerlijnstap',
    (db, i) =>
      db.run(
        'UPDATE leerlijn_stap SET resultaat = ?, updated_at = ? WHERE id = (SELECT id FROM leerlijn_stap ORDER BY id LIMIT 1)',
        [`Resultaat ${i}`, new Date().toISOString()],
      ),
  ],
];

/**
 * A save after one edit (no backup: one was taken on open, as within 10 minutes), against the
 * bare export + write + fsync of the same database.
 */
export async function meetAutosave(bestand: string, runs: number): Promise<Meting[]> {
  const { pad, weg } = await kopie(bestand);
  const { file } = await WerkgroepFile.open(pad);
  const metingen: Meting[] = [];
  const integriteit: number[] = [];
  const snel: number[] = [];
  const exporteren: number[] = [];
  try {
    await file.settled();
    for (const [naam, bewerking] of BEWERKINGEN) {
      const app: number[] = [];
      const vloer: number[] = [];
      for (let i = 0; i < runs; i++) {
        app.push((await tijd(() => file.write((db) => bewerking(db, i))))[0]);
        if (file.saveStatus.state !== 'opgeslagen')
          throw new Error(`Opslaan mislukt: ${file.saveStatus.error}`);
        const vloerPad = join(pad, '..', `vloer-${i}.sqlite`);
        vloer.push(
          (
            await tijd(async () => {
              const t = nu();
              const bytes = file.db.export();
              exporteren.push(nu() - t);
              const h = await fs.open(vloerPad, 'w');
              await h.writeFile(bytes);
              await h.sync();
              await h.close();
            })
          )[0],
        );
        await fs.rm(vloerPad);
        if (metingen.length === 0) {
          integriteit.push((await tijd(() => file.db.integrityOk()))[0]);
          snel.push((await tijd(() => file.db.pragma('quick_check')))[0]);
        }
      }
      metingen.push({ naam, app, vloer, vloerSoort: 'db.export() + write + fsync' });
    }
  } finally {
    await file.close();
    await weg();
  }
  (metingen[0] as Meting).extra = {
    integrity_check_ms: mediaan(integriteit),
    quick_check_ms: mediaan(snel),
    export_ms: mediaan(exporteren),
  };
  return metingen;
}

export const EXPORTS = ['sroi', 'inventarisatie', 'kandidaten', 'planning', 'fo-pakket'] as const;
export type ExportNaam = (typeof EXPORTS)[number];

/** The exports built as a workbook in memory; the candidate export streams to a file instead. */
function maakExport(
  db: Db,
  naam: Exclude<ExportNaam, 'kandidaten'>,
): Promise<ExcelJS.Workbook> | ExcelJS.Workbook {
  switch (naam) {
    case 'sroi':
      return maakSroiWerkboek(db, PERIODE.van, PERIODE.tot);
    case 'inventarisatie':
      return maakResultatenWerkboek(db, listRondes(db)[0]?.id ?? '');
    case 'planning':
      return planningWerkboek(getPlanning(db), getWerkgroep(db).naam, VANDAAG);
    case 'fo-pakket':
      return foPakketWerkboek(foPakketGegevens(db, { periode: PERIODE }, VANDAAG));
  }
}

type Celwaarde = ExcelJS.CellValue;

/** The plain values of every sheet, as rows of cells (formulas and rich text as exceljs gives them). */
async function leesWaarden(buffer: ArrayBuffer | Buffer): Promise<{ naam: string; rijen: Celwaarde[][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb.worksheets.map((blad) => {
    const rijen: Celwaarde[][] = [];
    blad.eachRow({ includeEmpty: true }, (rij, n) => {
      const cellen: Celwaarde[] = [];
      rij.eachCell({ includeEmpty: true }, (cel, k) => {
        cellen[k - 1] = cel.value;
      });
      rijen[n - 1] = cellen;
    });
    return { naam: blad.name, rijen };
  });
}

/**
 * An Excel export built and written (to a buffer; the candidate export, which streams, to its
 * file with fsync and rename as in the app), against exceljs writing the same values bare (the
 * streaming writer for the streamed export). The step's own peak memory is taken before the floor
 * runs: reading a large workbook back for the floor costs more than the export itself.
 */
export async function meetExport(bestand: string, naam: ExportNaam, runs: number): Promise<Meting[]> {
  const { pad, weg } = await kopie(bestand);
  const { file } = await WerkgroepFile.open(pad);
  const doel = join(pad, '..', 'export.xlsx');
  try {
    await file.settled();
    const app: number[] = [];
    let laatste: ArrayBuffer | Buffer | null = null;
    for (let i = 0; i < runs; i++) {
      const [t, buf] = await tijd(async () => {
        if (naam !== 'kandidaten') return (await maakExport(file.db, naam)).xlsx.writeBuffer();
        await bewaarKandidatenExport(file.db, { metNamen: false, metBelemmeringen: false }, doel);
        return null;
      });
      app.push(t);
      laatste = (buf as ArrayBuffer | null) ?? (await fs.readFile(doel));
    }
    const appRssMb = process.resourceUsage().maxRSS / 1024;
    const bladen = laatste ? await leesWaarden(laatste) : [];
    const vloer: number[] = [];
    for (let i = 0; i < runs; i++) {
      vloer.push(
        (
          await tijd(async () => {
            if (naam === 'kandidaten') {
              const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(pad, '..', 'vloer.xlsx') });
              for (const b of bladen) {
                const blad = wb.addWorksheet(b.naam);
                for (const rij of b.rijen) blad.addRow(rij ?? []).commit();
                blad.commit();
              }
              return wb.commit();
            }
            const wb = new ExcelJS.Workbook();
            for (const b of bladen) {
              const blad = wb.addWorksheet(b.naam);
              for (const rij of b.rijen) blad.addRow(rij ?? []);
            }
            return wb.xlsx.writeBuffer();
          })
        )[0],
      );
    }
    const cellen = bladen.reduce((s, b) => s + b.rijen.reduce((t, r) => t + (r?.length ?? 0), 0), 0);
    return [
      {
        naam: `Excel ${naam}`,
        app,
        vloer,
        vloerSoort:
          naam === 'kandidaten'
            ? 'exceljs streaming writer: same cell values, to a file'
            : 'exceljs: same cell values, fresh workbook, writeBuffer',
        extra: { bladen: bladen.length, cellen, bytes: laatste?.byteLength ?? 0, appRssMb },
      },
    ];
  } finally {
    await file.close();
    await weg();
  }
}

/**
 * Returned inventarisatie forms: made with the app's own form maker for the newest round nobody
 * answered yet (up to `aantal` organisations), answer cells filled with exceljs, then timed:
 * reading and checking them all (bekijkFormulieren) and storing them with the save (as the app does).
 */
export async function meetFormulieren(bestand: string, aantal: number, runs: number): Promise<Meting[]> {
  const { pad, weg } = await kopie(bestand);
  const { file } = await WerkgroepFile.open(pad);
  const db = file.db;
  try {
    const ronde =
      listRondes(db).find(
        (r) => r.deelnames.length > 0 && r.deelnames.every((d) => d.status === 'uitgezet'),
      ) ?? listRondes(db)[0];
    if (!ronde) throw new Error('Geen ronde');
    const map = join(pad, '..', 'formulieren');
    await fs.mkdir(map);
    const [maakMs, paden] = await tijd(() => maakFormulieren(db, ronde.id, map));
    const gekozen = paden.slice(0, aantal);
    const vragen = new Map(alleVragen(getSjabloon(db, ronde.sjabloonId).secties).map((v) => [v.sleutel, v]));
    for (const [i, p] of gekozen.entries()) await vulFormulier(p, vragen, i);
    const app: number[] = [];
    const bekijken: number[] = [];
    for (let i = 0; i < runs; i++) {
      let n = 0;
      const [t] = await tijd(async () => {
        const [b, voorbeeld] = await tijd(() => bekijkFormulieren(db, gekozen));
        bekijken.push(b);
        if (voorbeeld.fout > 0)
          throw new Error(`Formulieren met fouten: ${JSON.stringify(voorbeeld.formulieren[0])}`);
        n = await file.write((d) => voerFormulierenUit(d, voorbeeld));
      });
      if (n !== gekozen.length) throw new Error(`Maar ${n} van ${gekozen.length} formulieren opgeslagen`);
      app.push(t);
    }
    return [
      {
        naam: `${gekozen.length} formulieren inlezen`,
        app,
        vloer: [],
        vloerSoort: 'none (absolute target)',
        extra: { formulieren: gekozen.length, bekijken_ms: mediaan(bekijken), maken_ms: maakMs },
      },
    ];
  } finally {
    await file.close();
    await weg();
  }
}

async function vulFormulier(
  pad: string,
  vragen: Map<string, { soort: string; keuzes: string[] }>,
  i: number,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const marker = wb.getWorksheet('Tafelwerk');
  const blad = wb.getWorksheet('Formulier');
  if (!marker || !blad) throw new Error('Geen formulier');
  for (let r = 6; r <= marker.rowCount; r++) {
    const rij = marker.getRow(r);
    const sleutel = String(rij.getCell(1).value ?? '');
    if (!sleutel) continue;
    const deel = String(rij.getCell(2).value ?? '');
    const cel = String(rij.getCell(3).value ?? '');
    const plaatsen = String(rij.getCell(4).value ?? '');
    const vraag = vragen.get(sleutel);
    if (plaatsen) {
      if ((i + r) % 3 === 0) continue;
      blad.getCell(cel).value = 'ja';
      blad.getCell(plaatsen).value = 1 + ((i + r) % 5);
    } else if (deel) blad.getCell(cel).value = deel === vraag?.keuzes[0] ? 'x' : null;
    else if (vraag?.soort === 'janee') blad.getCell(cel).value = i % 2 === 0 ? 'ja' : 'nee';
    else if (vraag?.soort === 'getal') blad.getCell(cel).value = i;
    else if (vraag?.soort === 'enkelkeuze') blad.getCell(cel).value = vraag.keuzes[0] ?? null;
    else blad.getCell(cel).value = `Antwoord ${i} op ${sleutel}: begeleiding op de werkvloer.`;
  }
  await wb.xlsx.writeFile(pad);
}

export function mediaan(xs: number[]): number {
  return percentiel(xs, 50);
}

/** Nearest-rank percentile. */
export function percentiel(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}
