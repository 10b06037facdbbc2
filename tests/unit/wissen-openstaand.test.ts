import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/main/services/session';
import type { KeuzeBijOpslagfout, OpslagfoutVraag } from '../../electron/main/services/sluiten';
import { vraagVoorSluiten } from '../../electron/main/services/sluiten';
import { listBackups } from '../../electron/main/store/backups';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import type { Result } from '../../shared/api/result';
import type { Kandidaat } from '../../shared/domain/kandidaten';
import { dialogen } from './helpers/dialogs';
import { herstel, injecteer } from './helpers/fouten';
import { kandidaatGegevens } from './helpers/kandidaten';
import { DUTCH_ONLY } from './helpers/nederlands';
import { invoker } from './helpers/sroi';
import { tempDir } from './helpers/temp';
import { regioBestand } from './helpers/werkgroep-db';

/**
 * An erasure that has not reached the disk must not be lost by closing or quitting (issue #19):
 * Tafelwerk records it outside the shared folder and finishes it on the next open, and a close
 * while a save keeps failing asks the user instead of dropping the change.
 */

const NAAM = 'Gerlinde Zonnebloem-Vrijdag';

/** The files under a folder whose bytes hold `tekst`. */
async function metTekst(dir: string, tekst: string): Promise<string[]> {
  const uit: string[] = [];
  for (const n of (await fs.readdir(dir, { recursive: true })) as string[]) {
    const p = join(dir, n);
    if ((await fs.stat(p)).isFile() && (await fs.readFile(p)).includes(tekst)) uit.push(n);
  }
  return uit;
}

describe('a pending erasure survives closing and restarting', () => {
  it('the save keeps failing, the user quits anyway: the next start finishes the erasure and the purge', async () => {
    const root = await tempDir();
    const userData = join(root, 'userData');
    const gevraagd: OpslagfoutVraag[] = [];
    const dialogs = dialogen({
      vraagBijOpslagfout: async (vraag) => {
        gevraagd.push(vraag);
        return 'toch_sluiten';
      },
    });
    const opties = { userData, dialogs, file: { backupIntervalMs: 0, keepBackups: 3 } };
    const session = await Session.create(opties);
    await session.nieuw({ naam: 'Test', regio: 'Oosterschelderegio' });
    const path = session.requireFile().path;
    const invoke = invoker(session);
    const k = (await invoke('kandidaten.opslaan', kandidaatGegevens({ naam: NAAM }))) as Result<Kandidaat>;
    if (!k.ok) throw new Error(k.error.message);
    expect(await metTekst(dirname(path), NAAM)).not.toEqual([]);

    // The network share goes away: every save of the file fails from here.
    injecteer(path, dirname(path), 'open', 'EACCES');
    const wis = (await invoke('kandidaten.avgVerwijderen', {
      id: k.data.id,
      bevestiging: k.data.code,
    })) as Result<null>;
    expect(wis).toMatchObject({ ok: false, error: { code: 'OPSLAAN_MISLUKT' } });

    // Quitting asks (in Dutch) instead of dropping the erasure; the user closes anyway.
    await session.shutdown();
    expect(gevraagd.length).toBeGreaterThanOrEqual(1);
    expect(gevraagd[0]?.melding).toMatch(/verwijdering .* staat nog niet op schijf/);
    expect(gevraagd[0]?.toelichting).toMatch(/afgemaakt zodra u het bestand/);
    for (const v of gevraagd) expect(`${v.titel} ${v.melding} ${v.toelichting}`).toMatch(DUTCH_ONLY);
    // The person is still on disk: the erasure never got there.
    expect(await metTekst(dirname(path), NAAM)).not.toEqual([]);

    // The share is back; Tafelwerk starts again and reopens the file.
    herstel();
    const weer = await Session.create(opties);
    const start = await weer.start();
    expect(start.melding).toMatch(/eerder gestarte verwijdering .* afgerond/);
    await weer.shutdown();
    // Nothing of the person is left in the file, its backups or anything beside them.
    expect(await metTekst(dirname(path), NAAM)).toEqual([]);
    expect(await listBackups(path)).toHaveLength(1);
    // And the record is gone: a third start has nothing to finish.
    const derde = await Session.create(opties);
    expect((await derde.start()).melding).toBeNull();
    await derde.shutdown();
  });
});

describe('closing while a save keeps failing asks the user', () => {
  async function bestandMetFout() {
    const { dir, path, file } = await regioBestand({ backupIntervalMs: 0, keepBackups: 3 });
    injecteer(path, dir, 'open', 'EACCES');
    await file.write((db) => db.run("UPDATE werkgroep SET naam = 'Na de fout'"));
    expect(file.saveStatus.state).toBe('fout');
    return { dir, path, file };
  }
  const naamOpSchijf = async (path: string) => {
    const { file, melding } = await WerkgroepFile.open(path);
    expect(melding).toBeNull();
    const naam = file.db.get<{ naam: string }>('SELECT naam FROM werkgroep')?.naam;
    await file.close();
    return naam;
  };

  it('"Opnieuw proberen" once the disk is back: the change is saved, then the file closes', async () => {
    const { path, file } = await bestandMetFout();
    const keuzes = await vraagVoorSluiten(
      file,
      async (vraag) => {
        expect(vraag.melding).toMatch(/laatste wijzigingen .* staan nog niet op schijf/);
        expect(vraag.toelichting).toMatch(/EACCES/);
        herstel();
        return 'opnieuw';
      },
      async () => null,
    );
    expect(keuzes).toEqual(['opnieuw']);
    await file.close();
    expect(await naamOpSchijf(path)).toBe('Na de fout');
  });

  it('"Elders opslaan…": the change lands in the file the user picks', async () => {
    const { file } = await bestandMetFout();
    const elders = join(await tempDir(), 'elders.tafelwerk');
    const keuzes: KeuzeBijOpslagfout[] = ['opnieuw', 'elders'];
    const gekozen = await vraagVoorSluiten(
      file,
      async () => keuzes.shift() ?? 'toch_sluiten',
      async () => elders,
    );
    expect(gekozen).toEqual(['opnieuw', 'elders']);
    expect(file.path).toBe(elders);
    await file.close();
    expect(await naamOpSchijf(elders)).toBe('Na de fout');
  });

  it('"Toch sluiten" is the only way to drop the change, and only when chosen', async () => {
    const { path, file } = await bestandMetFout();
    const gekozen = await vraagVoorSluiten(
      file,
      async () => 'toch_sluiten',
      async () => null,
    );
    expect(gekozen).toEqual(['toch_sluiten']);
    await file.close();
    herstel();
    expect(await naamOpSchijf(path)).toBe('Test');
  });

  it('nothing is asked when everything is on disk', async () => {
    const { file } = await regioBestand({ backupIntervalMs: 0, keepBackups: 3 });
    await file.write((db) => db.run("UPDATE werkgroep SET naam = 'Opgeslagen'"));
    const gekozen = await vraagVoorSluiten(
      file,
      async () => {
        throw new Error('niet gevraagd');
      },
      async () => null,
    );
    expect(gekozen).toEqual([]);
    await file.close();
  });
});
