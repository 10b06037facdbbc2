import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { LaatsteExport, type Verkenner } from '../../electron/main/services/laatste-export';
import { Session } from '../../electron/main/services/session';
import { dialogen } from './helpers/dialogs';
import { tempDir } from './helpers/temp';

/** A file manager that opens nothing and remembers what it was asked; `fout` makes opening fail. */
function nepVerkenner(fout = '') {
  const gevraagd: string[] = [];
  const verkenner: Verkenner = {
    openBestand: async (pad) => {
      gevraagd.push(`bestand ${pad}`);
      return fout;
    },
    toonInMap: (pad) => {
      gevraagd.push(`map ${pad}`);
    },
    openMail: async (url) => {
      gevraagd.push(`mail ${url}`);
    },
    kopieer: (tekst) => {
      gevraagd.push(`klembord ${tekst}`);
    },
  };
  return { gevraagd, verkenner };
}

/** The error a promise rejects with; fails the test when it resolves. */
async function geweigerd(p: Promise<unknown>): Promise<Error & { code?: string }> {
  return p.then(
    () => {
      throw new Error('Expected a refusal, but it worked.');
    },
    (e: Error & { code?: string }) => e,
  );
}

describe('LaatsteExport', () => {
  it('opens the file just written, or shows it in its folder', async () => {
    const pad = join(await tempDir(), 'stukken.docx');
    await fs.writeFile(pad, 'x');
    const laatste = new LaatsteExport();
    const { gevraagd, verkenner } = nepVerkenner();
    laatste.onthoud(pad);
    await laatste.open('map', verkenner);
    await laatste.open('bestand', verkenner);
    expect(gevraagd).toEqual([`map ${pad}`, `bestand ${pad}`]);
  });

  it('refuses before anything was exported, after the file went away, and says when no program opens it', async () => {
    const laatste = new LaatsteExport();
    const { gevraagd, verkenner } = nepVerkenner();
    expect((await geweigerd(laatste.open('bestand', verkenner))).message).toBe(
      'Er is nog niets geëxporteerd om te openen.',
    );

    const pad = join(await tempDir(), 'weg.xlsx');
    laatste.onthoud(pad);
    const weg = await geweigerd(laatste.open('map', verkenner));
    expect(weg.code).toBe('BESTAND_NIET_GEVONDEN');
    expect(gevraagd).toEqual([]);

    await fs.writeFile(pad, 'x');
    const zonderProgramma = nepVerkenner('Failed to open path');
    const fout = await geweigerd(laatste.open('bestand', zonderProgramma.verkenner));
    expect(fout.message).toContain('Het bestand kon niet worden geopend (Failed to open path).');
  });
});

describe('exporting vergaderstukken through the app', () => {
  it('offers a .docx name for Word, writes a Word document, and then opens that file only', async () => {
    const dir = await tempDir();
    const gevraagdeNamen: string[] = [];
    const { gevraagd, verkenner } = nepVerkenner();
    const session = await Session.create({
      userData: join(dir, 'userData'),
      dialogs: dialogen({
        chooseSpreadsheetSaveLocation: async (naam) => {
          gevraagdeNamen.push(naam);
          return join(dir, naam);
        },
        verkenner,
      }),
    });
    const handlers = createHandlers(session);
    await handlers['document.openVoorbeeld']({});
    const [bijeenkomst] = await handlers['bijeenkomsten.lijst']({});

    const excel = await handlers['bijeenkomsten.vergaderstukken']({
      id: bijeenkomst?.id as string,
      formaat: 'xlsx',
    });
    const word = await handlers['bijeenkomsten.vergaderstukken']({
      id: bijeenkomst?.id as string,
      formaat: 'docx',
    });
    expect(gevraagdeNamen.map((n) => n.slice(-5))).toEqual(['.xlsx', '.docx']);
    expect(word?.pad).toBe(join(dir, gevraagdeNamen[1] as string));
    const zip = await JSZip.loadAsync(await fs.readFile(word?.pad as string));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Vergaderstukken');
    expect(excel?.pad).not.toBe(word?.pad);

    // The last export is the Word document: that one opens, not the workbook before it.
    await handlers['app.exportOpenen']({ wat: 'bestand' });
    await handlers['app.exportOpenen']({ wat: 'map' });
    expect(gevraagd).toEqual([`bestand ${word?.pad}`, `map ${word?.pad}`]);

    // Any later export takes its place, also one written outside the shared exporteur.
    const invul = await handlers['organisaties.invulbestand']({});
    await handlers['app.exportOpenen']({ wat: 'bestand' });
    expect(gevraagd.at(-1)).toBe(`bestand ${invul?.pad}`);
    await session.shutdown();
  });
});
