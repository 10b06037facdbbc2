import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Session } from '../../electron/main/services/session';
import type { Result } from '../../shared/api/result';
import { WERK_IN_KOPIE } from '../../shared/domain/persoonsgegevens';
import type { DocumentInfo, OpenResult } from '../../shared/domain/types';
import { dialogen } from './helpers/dialogs';
import { kandidaatGegevens } from './helpers/kandidaten';
import { invoker } from './helpers/sroi';
import { tempDir } from './helpers/temp';

/**
 * Bestand → Kopie voor een werkgroeplid… through the IPC channels the window uses: the copy is
 * written where the save dialog says, the open file stays open, and in the copy every candidate
 * change is refused with a Dutch message while the member's own work is saved.
 */

const SNEL = { N: 2 ** 12, r: 8, p: 1 };

async function opzet() {
  const root = await tempDir();
  const kopiePad = join(root, 'voor-lid');
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen({ chooseSaveLocation: async () => kopiePad }),
    scrypt: SNEL,
  });
  const invoke = invoker(session);
  const data = async <T>(kanaal: string, invoer: unknown): Promise<T> => {
    const r = (await invoke(kanaal, invoer)) as Result<T>;
    if (!r.ok) throw new Error(`${kanaal}: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  await data<OpenResult>('document.openVoorbeeld', {});
  return { session, invoke, data, kopiePad: `${kopiePad}.tafelwerk` };
}

describe('a copy for a werkgroep member from the app', () => {
  test('is written through the save dialog; the open file stays open and logs it; in the copy candidates are read-only', async () => {
    const { session, invoke, data, kopiePad } = await opzet();
    const bron = session.requireFile().path;
    const naam = String(
      session
        .requireFile()
        .db.get<{ naam: string }>('SELECT naam FROM kandidaat WHERE naam IS NOT NULL LIMIT 1')?.naam,
    );
    expect(await data('document.kopieVoorLid', {})).toEqual({
      bestandsnaam: 'voor-lid.tafelwerk',
      herstelcode: null,
    });
    expect(session.requireFile().path).toBe(bron);
    const doc = await data<DocumentInfo>('document.status', {});
    expect(doc.zonderPersoonsgegevens).toBe(false);
    expect(
      session
        .requireFile()
        .db.get(
          "SELECT omschrijving FROM wijziging WHERE omschrijving = 'Kopie zonder persoonsgegevens gemaakt'",
        ),
    ).toBeDefined();
    expect((await fs.readFile(kopiePad)).includes(Buffer.from(naam))).toBe(false);
    // A second time at the same place is refused: the copy there is never overwritten.
    const nogmaals = (await invoke('document.kopieVoorLid', {})) as Result<unknown>;
    expect(nogmaals.ok).toBe(false);

    // The member opens the copy.
    await session.openPath(kopiePad);
    expect((await data<DocumentInfo>('document.status', {})).zonderPersoonsgegevens).toBe(true);
    const lijst = await data<{ id: string; code: string; naam: string | null }[]>('kandidaten.lijst', {
      metNamen: true,
    });
    expect(lijst.length).toBeGreaterThan(5);
    expect(lijst.every((k) => k.naam === null && k.code.length > 0)).toBe(true);
    const toevoegen = (await invoke('kandidaten.opslaan', kandidaatGegevens())) as Result<unknown>;
    expect(toevoegen.ok).toBe(false);
    if (!toevoegen.ok) {
      expect(toevoegen.error.code).toBe('ZONDER_PERSOONSGEGEVENS');
      expect(toevoegen.error.message).toMatch(/kopie zonder persoonsgegevens: kandidaten toevoegen/);
      // The same list of what can be updated as the copy dialog and the notice on every page.
      expect(toevoegen.error.message).toContain(`U kunt hier wel ${WERK_IN_KOPIE} bijwerken`);
    }
    const erase = (await invoke('kandidaten.avgVerwijderen', {
      id: lijst[0]?.id,
      bevestiging: lijst[0]?.code,
    })) as Result<unknown>;
    expect(erase.ok).toBe(false);
    const aantal = Number(
      session.requireFile().db.get<{ n: number }>('SELECT COUNT(*) AS n FROM kandidaat')?.n,
    );
    expect(aantal).toBe(lijst.length);
    await session.sluiten();
  });

  test('with its own passphrase: the recovery code comes back once, and the copy asks for that passphrase', async () => {
    const { session, data, kopiePad, invoke } = await opzet();
    const kort = (await invoke('document.kopieVoorLid', { wachtwoord: 'kort' })) as Result<unknown>;
    expect(kort.ok).toBe(false);
    await expect(fs.stat(kopiePad)).rejects.toThrow();
    const r = await data<{ herstelcode: string | null }>('document.kopieVoorLid', {
      wachtwoord: 'een lange zin voor het lid',
    });
    expect(r.herstelcode).toMatch(/\S{10,}/);
    await expect(session.openPath(kopiePad)).rejects.toMatchObject({ code: 'WACHTWOORD_NODIG' });
    await session.sluiten();
  });
});
