import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { leesOrganisatieLijst } from '../../electron/main/excel/organisaties-import';
import { formulierBestandsnamen } from '../../electron/main/services/formulier-bestandsnamen';
import { maakFormulieren } from '../../electron/main/services/inventarisatie-export';
import { bekijkFormulieren, voerFormulierenUit } from '../../electron/main/services/inventarisatie-import';
import type { Db } from '../../electron/main/store/database';
import { getAntwoorden, getRonde } from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { FormulierenVoorbeeld, Ronde, Sectie, Vraag } from '../../shared/domain/inventarisatie';
import { rondeMetFormulieren, vulFormulier, zoek } from './helpers/formulier';
import { ipcWerkgroep } from './helpers/sroi';
import { openRaw } from './helpers/temp';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const bytesVan = (db: Db) => Buffer.from(db.export());
const AANBOD = 'Welke mogelijkheden van de menukaart kunt u bieden?';

/** The address of the answer cell in the row starting with `begin` (column B, or C for places). */
async function adres(pad: string, begin: string, kolom: 2 | 3 = 2): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
  return blad.getCell(zoek(blad, begin), kolom).address;
}

describe('ja and nee the way people type them', () => {
  it('"Ja.", "ja!", "Ja, zeker", "Nee." in a returned workbook are understood and stored as meant', async () => {
    const { db, aap, ronde, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await vulFormulier(paden[0] as string, join(map, 'terug.xlsx'), (_, cel) => {
      cel('Heeft u bij andere').value = 'Ja.';
      cel('Werkervaringsplaats').value = 'ja!';
      cel('Werkervaringsplaats', 3).value = 2;
      cel('Betaalde baan').value = 'Ja, zeker';
      cel('BBL-plaats').value = 'Nee.';
      cel('Intake en screening').value = 'nee, helaas niet';
      cel('Wie is bij u').value = 'P. Proef';
    });
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]).toMatchObject({ status: 'nieuw', fouten: [] });
    expect(voerFormulierenUit(db, v)).toBe(1);
    expect(getAntwoorden(db, ronde, aap)).toMatchObject({
      andere_contracten: { soort: 'janee', ja: true },
      aanbod: {
        soort: 'aanbod',
        aanbod: [
          { code: 'werkervaringsplaats', plaatsen: 2 },
          { code: 'betaalde_baan', plaatsen: null },
        ],
      },
    });
  });

  it('"nee" next to a number of places is not stored as an offer: the preview names the cell and asks', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await vulFormulier(paden[0] as string, join(map, 'tegenstrijdig.xlsx'), (_, cel) => {
      cel('Werkervaringsplaats').value = 'Nee';
      cel('Werkervaringsplaats', 3).value = 4;
      cel('Wie is bij u').value = 'P. Proef';
    });
    const voor = bytesVan(db);
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]?.status).toBe('fout');
    expect(v.formulieren[0]?.fouten).toEqual([
      {
        cel: await adres(pad, 'Werkervaringsplaats'),
        vraag: AANBOD,
        melding:
          'Werkervaringsplaats: hier staat "Nee" maar ook 4 plaatsen. Kies ja als u dit kunt bieden, of maak het aantal plaatsen leeg.',
      },
    ]);
    expect(voerFormulierenUit(db, v)).toBe(0);
    expect(bytesVan(db).equals(voor)).toBe(true);
  });
});

/** A template with one question of every kind that can go wrong, two of them required. */
const vraag = (v: Partial<Vraag> & Pick<Vraag, 'sleutel' | 'tekst' | 'soort'>): Vraag => ({
  toelichting: null,
  verplicht: false,
  keuzes: [],
  opties: [],
  ...v,
});
const ALLE_SOORTEN: Sectie[] = [
  {
    titel: 'Over u',
    toelichting: null,
    vragen: [
      vraag({ sleutel: 'naam', tekst: 'Naam van de contactpersoon', soort: 'open', verplicht: true }),
      vraag({ sleutel: 'mee', tekst: 'Doet u mee aan de pilot?', soort: 'janee' }),
      vraag({ sleutel: 'fte', tekst: 'Hoeveel medewerkers heeft u?', soort: 'getal' }),
      vraag({
        sleutel: 'sector',
        tekst: 'In welke sector werkt u?',
        soort: 'enkelkeuze',
        keuzes: ['Zorg', 'Bouw'],
      }),
      vraag({
        sleutel: 'dagen',
        tekst: 'Op welke dagen kan het?',
        soort: 'meerkeuze',
        keuzes: ['Maandag', 'Dinsdag'],
      }),
      vraag({
        sleutel: 'aanbod',
        tekst: 'Wat kunt u bieden?',
        soort: 'aanbod',
        verplicht: true,
        opties: [
          { code: 'wep', naam: 'Werkervaringsplaats' },
          { code: 'bbl', naam: 'BBL-plaats' },
        ],
      }),
    ],
  },
];

describe('a refused form lists every problem in it', () => {
  it('each wrong cell is named with its question, so the organisation can fix the form in one go', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL, { secties: ALLE_SOORTEN });
    const pad = await vulFormulier(paden[0] as string, join(map, 'vol-fouten.xlsx'), (blad, cel) => {
      cel('Doet u mee').value = 'misschien';
      cel('Hoeveel medewerkers').value = 'een stuk of tien';
      cel('In welke sector').value = 'Landbouw';
      cel('Maandag').value = 'soms';
      cel('Dinsdag').value = 'x';
      cel('Werkervaringsplaats').value = 'nee';
      cel('Werkervaringsplaats', 3).value = 2;
      cel('BBL-plaats').value = 'wellicht';
      cel('BBL-plaats', 3).value = { formula: '1+1', result: 2 };
      // Naam (required) stays empty.
      expect(blad.getCell(zoek(blad, 'Naam van de'), 2).value).toBeNull();
    });
    const [f] = (await bekijkFormulieren(db, [pad])).formulieren;
    const a = (begin: string, kolom: 2 | 3 = 2) => adres(pad, begin, kolom);
    expect(f?.status).toBe('fout');
    // In the order of the sheet: top to bottom, then left to right (the formula in C after B).
    const plek = (cel: string | null) => {
      const m = /^([A-Z]+)(\d+)/.exec(cel ?? '');
      return m ? Number(m[2]) * 100 + (m[1] as string).charCodeAt(0) : -1;
    };
    const plekken = (f?.fouten ?? []).map((p) => plek(p.cel));
    expect(plekken).toEqual([...plekken].sort((x, y) => x - y));
    expect(f?.fouten).toEqual([
      {
        cel: await a('Naam van de'),
        vraag: 'Naam van de contactpersoon',
        melding: 'Deze vraag is verplicht; vul hier een antwoord in.',
      },
      {
        cel: await a('Doet u mee'),
        vraag: 'Doet u mee aan de pilot?',
        melding: '"misschien" is geen ja of nee.',
      },
      {
        cel: await a('Hoeveel medewerkers'),
        vraag: 'Hoeveel medewerkers heeft u?',
        melding: '"een stuk of tien" is geen getal.',
      },
      {
        cel: await a('In welke sector'),
        vraag: 'In welke sector werkt u?',
        melding: '"Landbouw" staat niet in de lijst (Zorg, Bouw).',
      },
      {
        cel: await a('Maandag'),
        vraag: 'Op welke dagen kan het?',
        melding: '"soms" bij "Maandag" is geen x of ja.',
      },
      {
        cel: await a('Werkervaringsplaats'),
        vraag: 'Wat kunt u bieden?',
        melding: expect.stringMatching(/^Werkervaringsplaats: hier staat "nee" maar ook 2 plaatsen\./),
      },
      {
        cel: await a('BBL-plaats'),
        vraag: 'Wat kunt u bieden?',
        melding: 'BBL-plaats: "wellicht" is geen ja of nee.',
      },
      {
        cel: await a('BBL-plaats', 3),
        vraag: 'Wat kunt u bieden?',
        melding: 'Hier staat een formule; typ het antwoord zelf in.',
      },
    ]);
  });

  it('a required question with several cells is named by its whole range', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL, { secties: ALLE_SOORTEN });
    const pad = await vulFormulier(paden[0] as string, join(map, 'leeg.xlsx'), (_, cel) => {
      cel('Naam van de').value = 'P. Proef';
    });
    const [f] = (await bekijkFormulieren(db, [pad])).formulieren;
    expect(f?.fouten).toEqual([
      {
        cel: `${await adres(pad, 'Werkervaringsplaats')}:${await adres(pad, 'BBL-plaats', 3)}`,
        vraag: 'Wat kunt u bieden?',
        melding: 'Deze vraag is verplicht; vul hier een antwoord in.',
      },
    ]);
  });

  it('error values are named all at once, in every sheet', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await vulFormulier(paden[0] as string, join(map, 'foutwaarden.xlsx'), (_, cel) => {
      cel('Werkervaringsplaats', 3).value = { error: '#REF!' };
      cel('BBL-plaats', 3).value = { error: '#N/A' };
      cel('Wie is bij u').value = { error: '#DIV/0!' };
    });
    const [f] = (await bekijkFormulieren(db, [pad])).formulieren;
    const [wep, bbl, wie] = [
      await adres(pad, 'Werkervaringsplaats', 3),
      await adres(pad, 'BBL-plaats', 3),
      await adres(pad, 'Wie is bij u'),
    ];
    expect(f?.fouten).toHaveLength(1);
    expect(f?.fouten[0]?.melding).toContain(`werkblad "Formulier" in ${wie}, ${wep}:${bbl}`);
  });
});

describe('lists: every formula is named at once', () => {
  it('an organisation list with formulas in several cells names each cell (runs as a range)', async () => {
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet('Organisaties');
    blad.addRow(['Naam', 'Soort', 'E-mail']);
    blad.addRow(['Stichting Een', 'Overig', { formula: 'LOWER("A@B.NL")', result: 'a@b.nl' }]);
    blad.addRow(['Stichting Twee', 'Overig', { formula: 'LOWER("C@D.NL")', result: 'c@d.nl' }]);
    blad.addRow([{ formula: '"Stichting "&"Drie"', result: 'Stichting Drie' }, 'Overig', 'x@y.nl']);
    blad.addRow(['Stichting Vier', 'Overig', { formula: 'LOWER("E@F.NL")', result: 'e@f.nl' }]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fout = await leesOrganisatieLijst(bytes, {
      bestand: 'l.xlsx',
      bestaandeNamen: [],
      gemeenten: [],
    }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(fout).toMatch(/^In A4, C2:C3, C5 staat een formule\. .*er is niets ingelezen\.$/);
  });
});

describe('a refused import changes no data and is never logged as a success', () => {
  /** A werkgroep file on disk with a round for Zorggroep Proef, its form written through the app. */
  async function opzet() {
    const w = await ipcWerkgroep();
    const sjablonen = await w.data<{ id: string }[]>('inventarisatie.sjablonen', {});
    const ronde = await w.data<Ronde>('inventarisatie.rondeOpslaan', {
      naam: 'Voorjaar',
      sjabloonId: sjablonen[0]?.id,
      deadline: null,
      organisatieIds: [w.zorg],
    });
    const map = join(w.root, 'formulieren');
    await fs.mkdir(map);
    w.session.dialogs.chooseFolder = async () => map;
    await w.data('inventarisatie.formulierenMaken', { rondeId: ronde.id, alleenOpenstaand: false });
    const [naam] = await fs.readdir(map);
    const leesIn = async (...paden: string[]) => {
      w.session.dialogs.chooseSpreadsheetsToOpen = async () => paden;
      const v = await w.data<FormulierenVoorbeeld & { token: string }>(
        'inventarisatie.formulierenInlezen',
        {},
      );
      return {
        v,
        ...(await w.data<{ opgeslagen: number }>('inventarisatie.formulierenBevestigen', { token: v.token })),
      };
    };
    return { ...w, ronde, map, formulier: join(map, naam as string), leesIn };
  }

  /** The audit rows of form imports in the file on disk (oldest first), the answers and the status. */
  async function importRegels(pad: string) {
    const raw = await openRaw(pad);
    const res = raw.exec(
      `SELECT omschrijving, resultaat, actie FROM wijziging WHERE soort = 'inventarisatie' AND actie = 'importeren' ORDER BY rowid`,
    );
    const antwoorden = raw.exec('SELECT COUNT(*) FROM inventarisatie_antwoord')[0]?.values[0]?.[0];
    const status = raw.exec('SELECT status, ontvangen_op FROM ronde_deelname')[0]?.values[0];
    raw.close();
    return {
      regels: (res[0]?.values ?? []).map(([o, r, a]) => ({ omschrijving: o, resultaat: r, actie: a })),
      antwoorden,
      status,
    };
  }

  it('only refused forms: no answer and no status change on disk; the log says geweigerd, never gelukt', async () => {
    const w = await opzet();
    const slecht = await vulFormulier(w.formulier, join(w.map, 'slecht.xlsx'), (_, cel) => {
      cel('Heeft u bij andere').value = 'misschien';
    });
    const { v, opgeslagen } = await w.leesIn(slecht);
    expect(v.fout).toBe(1);
    expect(opgeslagen).toBe(0);
    expect(await importRegels(w.path)).toEqual({
      regels: [
        {
          omschrijving: '1 ingevuld formulier geweigerd; daarvan is niets opgeslagen',
          resultaat: 'mislukt',
          actie: 'importeren',
        },
      ],
      antwoorden: 0,
      status: ['uitgezet', null],
    });
  });

  it('a good and a refused form: the good one is stored and logged as read in, the refused one as geweigerd', async () => {
    const w = await opzet();
    const goed = await vulFormulier(w.formulier, join(w.map, 'goed.xlsx'), (_, cel) => {
      cel('Werkervaringsplaats').value = 'ja';
      cel('Wie is bij u').value = 'P. Proef';
    });
    const slecht = await vulFormulier(w.formulier, join(w.map, 'slecht.xlsx'), (_, cel) => {
      cel('Werkervaringsplaats').value = 'nee';
      cel('Werkervaringsplaats', 3).value = 3;
    });
    // The second form (of the same organisation) contradicts itself and misses a required answer.
    const { opgeslagen } = await w.leesIn(goed, slecht);
    expect(opgeslagen).toBe(1);
    const { regels, antwoorden } = await importRegels(w.path);
    expect(regels).toEqual([
      { omschrijving: '1 ingevuld formulier ingelezen', resultaat: 'gelukt', actie: 'importeren' },
      {
        omschrijving: '1 ingevuld formulier geweigerd; daarvan is niets opgeslagen',
        resultaat: 'mislukt',
        actie: 'importeren',
      },
    ]);
    expect(antwoorden).toBe(2);
  });
});

describe('forms of one round get distinct file names', () => {
  it('a long round name and four organisations sharing a long start: four files, each for its organisation', async () => {
    const gemeen = 'Stichting Regionale Zorg en Welzijn Oosterschelde Samenwerkende Locaties';
    const organisaties = ['Goes', 'Tholen', 'Noord-Beveland', 'Kapelle'].map((p) => `${gemeen} locatie ${p}`);
    const ronde =
      'Inventarisatie SROI bij zorgaanbieders in de Oosterschelderegio, najaarsronde 2026 (tweede uitvraag)';
    const { db, ronde: rondeId, map, paden } = await rondeMetFormulieren(SQL, { ronde, organisaties });
    expect(new Set(paden).size).toBe(4);
    expect((await fs.readdir(map)).sort()).toEqual(paden.map((p) => basename(p)).sort());
    for (const pad of paden) {
      expect(basename(pad, '.xlsx').length).toBeLessThanOrEqual(80);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(pad);
      const organisatie = wb.getWorksheet('Tafelwerk')?.getCell('C4').value as string;
      // The name says whose form it is: the part that tells the organisations apart is kept.
      expect(basename(pad)).toContain(`locatie ${organisatie.split('locatie ')[1]}.xlsx`);
    }
    expect(getRonde(db, rondeId).deelnames).toHaveLength(4);
  });

  it('the same name twice, or names that differ only in case or in the shortened part, still differ', () => {
    const lang = `Zorggroep ${'Oosterschelde '.repeat(6)}`;
    const namen = formulierBestandsnamen('Voorjaar', [
      'Zorggroep Aap',
      'Zorggroep Aap',
      'ZORGGROEP AAP',
      `${lang}A Goes`,
      `${lang}B Goes`,
      'Stichting <Proef>: a/b',
    ]);
    expect(namen).toEqual([
      'Voorjaar - Zorggroep Aap',
      'Voorjaar - Zorggroep Aap (2)',
      'Voorjaar - ZORGGROEP AAP (3)',
      expect.stringMatching(/^Voorjaar - Zorggroep Oosterschelde.*….*A Goes$/),
      expect.stringMatching(/^Voorjaar - Zorggroep Oosterschelde.*….*B Goes$/),
      'Voorjaar - Stichting Proef a b',
    ]);
    expect(namen.every((n) => n.length <= 84)).toBe(true);
  });

  it('a reminder to only the open organisations uses the same names as the first forms', async () => {
    // Two names that are one file name once the characters a file name cannot hold are gone.
    const { db, ronde, map, paden } = await rondeMetFormulieren(SQL, {
      organisaties: ['Zorggroep A/B', 'Zorggroep A:B'],
    });
    expect((await fs.readdir(map)).length).toBe(2);
    expect(basename(paden[1] as string)).toBe('Voorjaar - Zorggroep A B (2).xlsx');
    // The first organisation has answered; the reminder goes to the second only, under its own name.
    const [eerste] = getRonde(db, ronde).deelnames;
    db.run(`UPDATE ronde_deelname SET status = 'ontvangen' WHERE organisatie_id = ?`, [
      eerste?.organisatieId ?? '',
    ]);
    expect(await maakFormulieren(db, ronde, map, true)).toEqual([paden[1]]);
  });
});
