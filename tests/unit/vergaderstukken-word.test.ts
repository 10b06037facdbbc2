import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { vergaderstukkenWord } from '../../electron/main/services/vergaderstukken';
import { saveAanwezigen, saveAgenda } from '../../electron/main/store/repositories/bijeenkomsten';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import {
  drieBijeenkomsten,
  koppelKeten,
  nieuweActie,
  tweedeActieBijOktober,
  werkgroepBijeenkomst,
} from './helpers/bijeenkomsten';
import { tempDir } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** The parts of a .docx (a zip) a reader sees: the body, the page header. */
async function delen(bytes: Uint8Array | Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const lees = (naam: string) => zip.file(naam)?.async('string') ?? Promise.resolve('');
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map(lees),
  );
  return { document: await lees('word/document.xml'), kop: headers.join('') };
}

const teksten = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Each table as rows of cell texts, in document order. */
const tabellen = (xml: string) =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] as string).matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? r[2] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => teksten(c[1] as string)),
    ),
  );

const werkgroep = werkgroepBijeenkomst;
const _actie = nieuweActie;

describe('Vergaderstukken as a Word document', () => {
  it('is A4 portrait with the agenda, attendees, besluitenlijst and actielijst of the workbook', async () => {
    const db = regioDb(SQL);
    const deze = drieBijeenkomsten(db);
    koppelKeten(db);
    tweedeActieBijOktober(db);
    saveAgenda(db, deze, [
      { titel: 'Opening', notitie: null },
      { titel: 'Actielijst', notitie: 'Eerst de verlopen acties & <de rest>' },
    ]);
    saveAanwezigen(db, deze, [
      { naam: 'Fenna Dekwerker', rol: 'voorzitter', aanwezig: true },
      { naam: 'Joost Vlasblom', rol: null, aanwezig: true },
      { naam: 'Ilse Kraanvogel', rol: 'Gemeente Goes', aanwezig: false },
    ]);

    const { document, kop } = await delen(await Packer.toBuffer(vergaderstukkenWord(db, deze, '2026-11-23')));

    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).not.toMatch(/w:orient="landscape"/);
    expect(kop).toContain('Werkgroep Test');
    const tekst = teksten(document);
    expect(tekst).toContain('Vergaderstukken werkgroep');
    expect(tekst).toContain('Datum: donderdag 12 november 2026 om 14:00');
    expect(tekst).toContain('Plaats: Gemeentehuis Goes');
    expect(tekst).toContain('Aanwezig: Fenna Dekwerker (voorzitter), Joost Vlasblom');
    expect(tekst).toContain('Afgemeld: Ilse Kraanvogel (Gemeente Goes)');

    const [agenda, besluiten, acties] = tabellen(document);
    expect(agenda).toEqual([
      ['Nr.', 'Agendapunt', 'Toelichting'],
      ['1', 'Opening', ''],
      // Escaped in the XML, read back as typed.
      ['2', 'Actielijst', 'Eerst de verlopen acties &amp; &lt;de rest&gt;'],
    ]);
    expect(besluiten?.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Besluit', 'Bijeenkomst', 'Activiteit', 'Acties'],
      // The chain per besluit: each action with who and by when, done ones too.
      [
        'Besluit van oktober',
        // Date and kind, each its own line.
        '08-10-2026Werkgroep',
        '',
        'Lopende actie (Secretaris, uiterlijk 01-12-2026)Oude klare actie (Secretaris)',
      ],
      ['Besluit van november', '12-11-2026Werkgroep', 'Werkgevers benaderen', ''],
    ]);
    // One action a paragraph, so each starts on its own line in Word.
    const besluitRijen = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)?.[1] ?? '').match(
      /<w:tr[ >][\s\S]*?<\/w:tr>/g,
    );
    const actiesCel = besluitRijen?.[1]?.match(/<w:tc>[\s\S]*?<\/w:tc>/g)?.[4] ?? '';
    expect(actiesCel.match(/<w:p[ >]/g)).toHaveLength(2);
    // Deadline and status in one cell, meeting and besluit in another, each on its own line.
    expect(acties?.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['Actie', 'Uiterlijk', 'Uit', 'Activiteit'],
      ['Verlopen actie', '01-11-2026Verlopen', '08-10-2026', ''],
      ['Lopende actie', '01-12-2026Open', 'besluit 1', 'Werkgevers benaderen'],
      ['Klaar in deze', 'Klaar', '12-11-2026', ''],
    ]);
    // Only the overdue action's row is filled red.
    const actieRijen = [
      ...(document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)?.[2] ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g),
    ];
    expect(actieRijen.map((r) => r[0].includes('w:fill="F8CBAD"'))).toEqual([false, true, false, false]);
  });

  it('says so where a meeting has no agenda, decisions or actions yet', async () => {
    const db = regioDb(SQL);
    const leeg = werkgroep(db, '2026-11-12');
    const { document } = await delen(await Packer.toBuffer(vergaderstukkenWord(db, leeg, '2026-11-01')));
    expect(tabellen(document)).toEqual([]);
    const tekst = teksten(document);
    expect(tekst).toContain('Er staan nog geen agendapunten op deze bijeenkomst.');
    expect(tekst).toContain('Er zijn nog geen besluiten genomen.');
    expect(tekst).toContain('Er zijn geen open acties.');
  });
});

describe('tafelwerk export vergaderstukken --out x.docx', () => {
  it('picks Word by the extension and refuses any other', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const uit: string[] = [];
    const io = { out: (l: string) => uit.push(l), err: (l: string) => uit.push(l) };
    expect(await runCli(['voorbeeld', file], io)).toBe(0);
    const { db } = await readSnapshot(file);
    const start = db.get<{ datum: string }>("SELECT datum FROM bijeenkomst WHERE soort = 'startbijeenkomst'")
      ?.datum as string;
    db.close();

    const out = join(dir, 'stukken.docx');
    expect(await runCli(['export', 'vergaderstukken', file, '--bijeenkomst', start, '--out', out], io)).toBe(
      0,
    );
    expect(uit.at(-1)).toBe(`Vergaderstukken van de bijeenkomst van ${start} geschreven naar ${out}`);
    const { document } = await delen(await fs.readFile(out));
    expect(teksten(document)).toContain('Vergaderstukken startbijeenkomst');
    // The example's first two decisions were taken at the start meeting.
    const besluiten = tabellen(document).find((t) => t[0]?.[1] === 'Besluit');
    expect(besluiten?.map((r) => r[0])).toEqual(['Nr.', '1', '2']);

    expect(await runCli(['export', 'vergaderstukken', file, '--out', join(dir, 'x.pdf')], io)).toBe(2);
    expect(uit.at(-1)).toContain('Geef met --out een .xlsx- of .docx-bestand op.');
    // An export without a Word form still asks for .xlsx only.
    expect(await runCli(['export', 'planning', file, '--out', join(dir, 'p.docx')], io)).toBe(2);
    expect(uit.at(-1)).toContain('Geef met --out een .xlsx-bestand op.');
  });
});
