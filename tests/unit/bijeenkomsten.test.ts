import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { vergaderstukken } from '../../electron/main/services/vergaderstukken';
import {
  deleteBesluit,
  deleteBijeenkomst,
  getBijeenkomst,
  listActies,
  listBesluiten,
  saveAanwezigen,
  saveActie,
  saveAgenda,
  saveBesluit,
  saveBijeenkomst,
} from '../../electron/main/store/repositories/bijeenkomsten';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import {
  type Actiepunt,
  actielijstVolgorde,
  isUitstel,
  isVerlopen,
  kiesBijeenkomst,
} from '../../shared/domain/bijeenkomsten';
import {
  drieBijeenkomsten,
  koppelKeten,
  nieuweActie,
  tweedeActieBijOktober,
  werkgroepBijeenkomst,
  ZONDER_KETEN,
} from './helpers/bijeenkomsten';
import { tempDir, thrown } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const werkgroep = werkgroepBijeenkomst;
const actie = nieuweActie;

describe('besluitenlijst', () => {
  it('numbers decisions on across meetings and never reuses a removed number', () => {
    const db = regioDb(SQL);
    const eerste = werkgroep(db, '2026-09-10');
    const tweede = werkgroep(db, '2026-10-08');
    saveBesluit(db, eerste, 'We starten met vijf kandidaten.');
    const twee = saveBesluit(db, eerste, 'Elke kandidaat krijgt een vaste begeleider.');
    saveBesluit(db, tweede, 'Groep 2 start in januari.');
    deleteBesluit(db, twee);
    saveBesluit(db, tweede, 'De evaluatie gaat in mei naar de FO.');

    expect(listBesluiten(db).map((b) => [b.nummer, b.bijeenkomstDatum])).toEqual([
      [1, '2026-09-10'],
      [3, '2026-10-08'],
      [4, '2026-10-08'],
    ]);
    expect(getBijeenkomst(db, tweede).besluiten.map((b) => b.nummer)).toEqual([3, 4]);
  });

  it('editing a decision keeps its number', () => {
    const db = regioDb(SQL);
    const b = werkgroep(db, '2026-09-10');
    const id = saveBesluit(db, b, 'Concept');
    saveBesluit(db, b, 'Definitief', id);
    expect(listBesluiten(db)).toMatchObject([{ nummer: 1, tekst: 'Definitief' }]);
  });
});

describe('bijeenkomsten', () => {
  it('agenda and attendees are replaced as a whole and numbered in the given order', () => {
    const db = regioDb(SQL);
    const b = werkgroep(db, '2026-11-12');
    saveAgenda(db, b, [
      { titel: 'Opening', notitie: null },
      { titel: 'Actielijst', notitie: 'Twee open' },
    ]);
    saveAgenda(db, b, [
      { titel: 'Actielijst', notitie: 'Twee open' },
      { titel: 'Opening', notitie: null },
      { titel: 'Rondvraag', notitie: null },
    ]);
    saveAanwezigen(db, b, [
      { naam: 'Fenna Dekwerker', rol: 'Gemeente Goes', aanwezig: true },
      { naam: 'Joost Paalhuis', rol: null, aanwezig: false },
    ]);
    const d = getBijeenkomst(db, b);
    expect(d.agenda.map((p) => [p.volgnummer, p.titel])).toEqual([
      [1, 'Actielijst'],
      [2, 'Opening'],
      [3, 'Rondvraag'],
    ]);
    expect(d.aantalAgendapunten).toBe(3);
    expect(d.aanwezigen).toMatchObject([
      { naam: 'Fenna Dekwerker', aanwezig: true },
      { naam: 'Joost Paalhuis', aanwezig: false },
    ]);
  });

  it('a planned meeting gets its prepared agenda and attendees in one save, replacing what it had', () => {
    const db = regioDb(SQL);
    const id = werkgroep(db, '2026-12-01');
    saveAgenda(db, id, [{ titel: 'Oud punt', notitie: null }]);
    const zelfde = saveBijeenkomst(
      db,
      {
        soort: 'werkgroep',
        datum: '2026-12-02',
        tijd: '14:00',
        plaats: 'Goes',
        agenda: [
          { titel: 'Opening', notitie: null },
          { titel: 'Actielijst', notitie: 'Geen open acties.' },
        ],
        aanwezigen: [{ naam: 'Mirte Zandvoort', rol: 'voorzitter', aanwezig: true }],
      },
      id,
    );
    expect(zelfde).toBe(id);
    const b = getBijeenkomst(db, id);
    expect(b.datum).toBe('2026-12-02');
    expect(b.agenda.map((p) => p.titel)).toEqual(['Opening', 'Actielijst']);
    expect(b.aanwezigen.map((a) => [a.naam, a.aanwezig])).toEqual([['Mirte Zandvoort', true]]);
    expect(db.all('SELECT id FROM bijeenkomst WHERE deleted_at IS NULL')).toHaveLength(1);
  });

  it('a new meeting can come with its accepted agenda in one save', () => {
    const db = regioDb(SQL);
    const b = saveBijeenkomst(db, {
      soort: 'fysieke_overlegtafel',
      datum: '2026-12-03',
      tijd: null,
      plaats: null,
      agenda: [{ titel: 'Planning', notitie: 'Groep 2 te laat' }],
    });
    expect(getBijeenkomst(db, b).agenda).toMatchObject([{ volgnummer: 1, titel: 'Planning' }]);
  });

  it('a meeting with decisions is kept; one without goes, and its actions stay on the list', () => {
    const db = regioDb(SQL);
    const metBesluit = werkgroep(db, '2026-09-10');
    saveBesluit(db, metBesluit, 'Vastgesteld');
    expect(thrown(() => deleteBijeenkomst(db, metBesluit)).message).toMatch(/besluiten/);

    const zonder = werkgroep(db, '2026-10-08');
    saveAgenda(db, zonder, [{ titel: 'Opening', notitie: null }]);
    actie(db, { bijeenkomstId: zonder });
    deleteBijeenkomst(db, zonder);
    expect(thrown(() => getBijeenkomst(db, zonder)).code).toBe('NIET_GEVONDEN');
    expect(listActies(db)).toMatchObject([{ omschrijving: 'Formulier versturen', bijeenkomstId: null }]);
  });
});

describe('actielijst', () => {
  const a = (over: Partial<Actiepunt>): Actiepunt => ({
    ...ZONDER_KETEN,
    id: over.omschrijving ?? 'x',
    omschrijving: 'x',
    eigenaar: null,
    deadline: null,
    status: 'open',
    bijeenkomstId: null,
    bijeenkomstDatum: null,
    bijeenkomstSoort: null,
    keerUitgesteld: 0,
    ...over,
  });

  it('overdue: open with a deadline before today; the deadline day itself is not overdue', () => {
    expect(isVerlopen({ status: 'open', deadline: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isVerlopen({ status: 'open', deadline: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isVerlopen({ status: 'klaar', deadline: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isVerlopen({ status: 'open', deadline: null }, '2026-11-23')).toBe(false);
  });

  it('lists overdue first, then open by deadline, then closed', () => {
    const lijst = actielijstVolgorde(
      [
        a({ omschrijving: 'klaar', status: 'klaar', deadline: '2026-01-01' }),
        a({ omschrijving: 'later', deadline: '2026-12-20' }),
        a({ omschrijving: 'zonder' }),
        a({ omschrijving: 'verlopen', deadline: '2026-11-01' }),
        a({ omschrijving: 'eerder', deadline: '2026-12-01' }),
      ],
      '2026-11-23',
    );
    expect(lijst.map((x) => x.omschrijving)).toEqual(['verlopen', 'eerder', 'later', 'zonder', 'klaar']);
  });

  it('postponed: an open action whose deadline moves later; earlier, first or closing is not', () => {
    expect(
      isUitstel({ status: 'open', deadline: '2026-11-01' }, { status: 'open', deadline: '2026-11-02' }),
    ).toBe(true);
    expect(
      isUitstel({ status: 'open', deadline: '2026-11-02' }, { status: 'open', deadline: '2026-11-01' }),
    ).toBe(false);
    expect(isUitstel({ status: 'open', deadline: null }, { status: 'open', deadline: '2026-11-01' })).toBe(
      false,
    );
    expect(
      isUitstel({ status: 'open', deadline: '2026-11-01' }, { status: 'klaar', deadline: '2026-12-01' }),
    ).toBe(false);
  });

  it('counts each postponement in the file, and keeps the count when the action closes', () => {
    const db = regioDb(SQL);
    const velden = { bijeenkomstId: null, omschrijving: 'Plaatsen zoeken', eigenaar: null };
    const id = actie(db, { ...velden, deadline: '2026-11-01' });
    const zet = (deadline: string | null, status: 'open' | 'klaar' = 'open') =>
      saveActie(db, { ...velden, deadline, status }, id);
    const keer = () =>
      db.get<{ n: number }>('SELECT keer_uitgesteld AS n FROM actiepunt WHERE id = ?', [id])?.n;
    zet('2026-11-15');
    zet('2026-11-15');
    zet('2026-11-10');
    expect(keer()).toBe(1);
    zet('2026-12-01');
    expect(keer()).toBe(2);
    zet('2027-01-01', 'klaar');
    expect(keer()).toBe(2);
    expect(listActies(db)[0]?.keerUitgesteld).toBe(2);
  });

  it('refuses an action from a meeting that does not exist', () => {
    const db = regioDb(SQL);
    expect(thrown(() => actie(db, { bijeenkomstId: '01900000-0000-7000-8000-000000000000' })).code).toBe(
      'NIET_GEVONDEN',
    );
  });
});

describe('Vergaderstukken', () => {
  it('holds the agenda, the open and own actions with overdue ones red, and decisions up to the meeting', async () => {
    const db = regioDb(SQL);
    const deze = drieBijeenkomsten(db);
    koppelKeten(db);
    tweedeActieBijOktober(db);
    saveAgenda(db, deze, [
      { titel: 'Opening', notitie: null },
      { titel: 'Actielijst', notitie: '=SOM(A1)' },
    ]);
    saveAanwezigen(db, deze, [{ naam: 'Fenna Dekwerker', rol: 'voorzitter', aanwezig: true }]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await vergaderstukken(db, deze, '2026-11-23').xlsx.writeBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Agenda', 'Actielijst', 'Besluitenlijst']);

    const agenda = wb.getWorksheet('Agenda');
    expect(agenda?.getCell('A1').value).toBe('Agenda Werkgroep 12-11-2026 om 14:00, Gemeentehuis Goes');
    expect(agenda?.getCell('B5').value).toBe('Opening');
    // A note that looks like a formula stays text.
    expect(agenda?.getCell('C6').value).toBe('=SOM(A1)');
    expect(agenda?.getCell('C6').formula).toBeUndefined();
    expect(agenda?.getCell('A8').value).toBe('Aanwezig: Fenna Dekwerker (voorzitter).');

    const acties = wb.getWorksheet('Actielijst');
    const rijen = [5, 6, 7].map((r) => [acties?.getCell(r, 1).value, acties?.getCell(r, 4).value]);
    expect(rijen).toEqual([
      ['Verlopen actie', 'Verlopen'],
      ['Lopende actie', 'Open'],
      ['Klaar in deze', 'Klaar'],
    ]);
    const vulling = (r: number) =>
      (acties?.getCell(r, 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(vulling(5)).toBe('FFF8CBAD');
    expect(vulling(6)).not.toBe('FFF8CBAD');
    // The overdue row is red to its last column, empty cells included.
    expect(acties?.getCell(5, 7).value).toBeNull();
    expect((acties?.getCell(5, 7).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFF8CBAD');
    // Each action's besluit number and the activity it concerns, where set.
    expect([4, 5, 6, 7].map((r) => [acties?.getCell(r, 6).value, acties?.getCell(r, 7).value])).toEqual([
      ['Bij besluit', 'Activiteit'],
      [null, null],
      [1, 'Werkgevers benaderen'],
      [null, null],
    ]);

    const besluiten = wb.getWorksheet('Besluitenlijst');
    expect([5, 6, 7].map((r) => besluiten?.getCell(r, 2).value)).toEqual([
      'Besluit van oktober',
      'Besluit van november',
      null,
    ]);
    expect([4, 5, 6].map((r) => besluiten?.getCell(r, 5).value)).toEqual([
      'Activiteit',
      null,
      'Werkgevers benaderen',
    ]);
    // The chain per besluit: its actions with who and by when, one a line, done ones too.
    expect([4, 5, 6].map((r) => besluiten?.getCell(r, 6).value)).toEqual([
      'Acties',
      'Lopende actie (Secretaris, uiterlijk 01-12-2026)\nOude klare actie (Secretaris)',
      null,
    ]);
    expect(besluiten?.getCell(5, 6).alignment?.wrapText).toBe(true);
    // Two lines of actions: the row is made high enough to show both.
    expect(besluiten?.getRow(5).height ?? 0).toBeGreaterThan(besluiten?.getRow(6).height ?? 15);
  });
});

describe('the meeting the command line means', () => {
  // Newest first, as the list comes; around a year end.
  const lijst = [{ datum: '2027-01-12' }, { datum: '2027-01-05' }, { datum: '2026-12-15' }];
  it('the one on the given date, else the next from today, else the most recent', () => {
    expect(kiesBijeenkomst(lijst, '2026-12-15', '2026-12-31')).toBe(lijst[2]);
    expect(kiesBijeenkomst(lijst, '2026-12-16', '2026-12-31')).toBeNull();
    expect(kiesBijeenkomst(lijst, undefined, '2026-12-31')).toBe(lijst[1]);
    expect(kiesBijeenkomst(lijst, undefined, '2027-01-05')).toBe(lijst[1]);
    expect(kiesBijeenkomst(lijst, undefined, '2028-02-29')).toBe(lijst[0]);
    expect(kiesBijeenkomst([], undefined, '2028-02-29')).toBeNull();
  });
});

describe('tafelwerk export vergaderstukken', () => {
  const io = () => {
    const uit: string[] = [];
    return { uit, io: { out: (l: string) => uit.push(l), err: (l: string) => uit.push(l) } };
  };

  it('writes the pieces of the example meeting chosen by date, and refuses a date without one', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const { uit, io: stil } = io();
    expect(await runCli(['voorbeeld', file], stil)).toBe(0);
    const { db } = await readSnapshot(file);
    const vorige = db.get<{ datum: string }>("SELECT datum FROM bijeenkomst WHERE soort = 'startbijeenkomst'")
      ?.datum as string;
    db.close();

    const out = join(dir, 'v.xlsx');
    expect(
      await runCli(['export', 'vergaderstukken', file, '--bijeenkomst', vorige, '--out', out], stil),
    ).toBe(0);
    expect(uit.at(-1)).toContain(`bijeenkomst van ${vorige}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Agenda')?.getCell('A1').value).toMatch(/^Agenda Startbijeenkomst/);
    // Decisions up to this meeting: the first two of the example.
    expect(wb.getWorksheet('Besluitenlijst')?.getCell('A6').value).toBe(2);
    expect(wb.getWorksheet('Besluitenlijst')?.getCell('A7').value).toBeNull();
    // The example shows the chain: besluit 1 concerns the inventarisatie and has its action.
    expect(wb.getWorksheet('Besluitenlijst')?.getCell('E5').value).toBe('Inventarisatie bij zorgaanbieders');
    expect(wb.getWorksheet('Besluitenlijst')?.getCell('F5').value).toMatch(
      /^Inventarisatieformulier versturen \(Secretaris, uiterlijk \d\d-\d\d-\d{4}\)$/,
    );
    expect(wb.getWorksheet('Besluitenlijst')?.getCell('E6').value).toBe('Groep 1');

    expect(
      await runCli(['export', 'vergaderstukken', file, '--bijeenkomst', '1999-01-01', '--out', out], stil),
    ).toBe(1);
    expect(uit.at(-1)).toBe('Geweigerd: Er is geen bijeenkomst op 1999-01-01.');
    expect(
      await runCli(['export', 'vergaderstukken', file, '--bijeenkomst', 'morgen', '--out', out], stil),
    ).toBe(2);
  });
});
