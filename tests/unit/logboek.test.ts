import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/main/services/session';
import { readSnapshot } from '../../electron/main/store/bestand-lezen';
import { listLogboek } from '../../electron/main/store/repositories/werkgroep';
import type { Result } from '../../shared/api/result';
import { actieUit, type LogRegel } from '../../shared/domain/logboek';
import { dialogen } from './helpers/dialogs';
import { kandidaatGegevens } from './helpers/kandidaten';
import { invoker, organisatieInvoer } from './helpers/sroi';
import { tempDir } from './helpers/temp';

const WACHTWOORD = 'een lange zin als wachtwoord';
const CANARIE = 'Zwaantje Logboekvogel';

async function sessie() {
  const root = await tempDir();
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen({ chooseSpreadsheetSaveLocation: async (naam) => join(root, naam) }),
    scrypt: { N: 2 ** 12, r: 8, p: 1 },
  });
  await session.settings.setGebruikersnaam('Secretaris Oost');
  const invoke = invoker(session);
  const data = async <T>(kanaal: string, input: unknown): Promise<T> => {
    const r = (await invoke(kanaal, input)) as Result<T>;
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data;
  };
  await data('document.nieuw', { naam: 'Logboek', regio: 'Oosterschelderegio' });
  return { session, data };
}

describe('audit log', () => {
  it('the action follows from the description', () => {
    expect(actieUit('Organisatie toegevoegd')).toBe('aanmaken');
    expect(actieUit('Les vastgelegd')).toBe('aanmaken');
    expect(actieUit('Contract gewijzigd')).toBe('wijzigen');
    expect(actieUit('Realisatie verwijderd')).toBe('verwijderen');
    expect(actieUit('Kandidaat verwijderd (AVG)')).toBe('wissen');
    expect(actieUit('3 ingevulde formulieren ingelezen')).toBe('importeren');
  });

  it('records changes with the record id, exports, protection, locking and failed unlocks; never a name', async () => {
    const { data } = await sessie();
    const k = await data<{ id: string }>('kandidaten.opslaan', kandidaatGegevens({ naam: CANARIE }));
    const org = await data<{ id: string }>('organisaties.opslaan', organisatieInvoer('Zorggroep Logboek'));
    await data('sroi.exporteren', { van: '2026-01-01', tot: '2026-12-31' });
    await data('beveiliging.instellen', { wachtwoord: WACHTWOORD });
    await data('document.vergrendelen', {});
    for (const fout of ['nee', 'ook niet'])
      await expect(data('document.ontgrendelen', { wachtwoord: fout })).rejects.toMatchObject({
        code: 'WACHTWOORD_ONJUIST',
      });
    await data('document.ontgrendelen', { wachtwoord: WACHTWOORD });
    await data('kandidaten.avgVerwijderen', { id: k.id, bevestiging: await codeVan(data, k.id) });

    const log = await data<LogRegel[]>('werkgroep.logboek', {});
    const oudsteEerst = [...log].reverse();
    const acties = oudsteEerst.map((r) => r.actie);
    expect(acties).toEqual(
      expect.arrayContaining([
        'aanmaken',
        'exporteren',
        'beveiligen',
        'vergrendelen',
        'ontgrendelen_mislukt',
        'ontgrendelen',
        'wissen',
      ]),
    );
    expect(acties.indexOf('vergrendelen')).toBeLessThan(acties.indexOf('ontgrendelen_mislukt'));
    expect(acties.lastIndexOf('ontgrendelen_mislukt')).toBeLessThan(acties.indexOf('ontgrendelen'));
    expect(log.filter((r) => r.actie === 'ontgrendelen_mislukt')).toHaveLength(2);
    expect(
      log.filter((r) => r.actie === 'ontgrendelen_mislukt').every((r) => r.resultaat === 'mislukt'),
    ).toBe(true);
    expect(log.find((r) => r.soort === 'organisatie')).toMatchObject({
      actie: 'aanmaken',
      objectId: org.id,
      actor: 'Secretaris Oost',
    });
    expect(log.find((r) => r.actie === 'exporteren')?.omschrijving).toBe('Export: SROI-overzicht');
    expect(JSON.stringify(log)).not.toContain('Logboekvogel');
  });
});

describe('audit log in words', () => {
  it('names each record as a person would, from the saved file: names, dates, codes, "(verwijderd)"; never an id', async () => {
    const { session, data } = await sessie();
    const org = await data<{ id: string }>(
      'organisaties.opslaan',
      organisatieInvoer('Zorggroep Woordenlijst'),
    );
    await data('organisaties.opslaan', { id: org.id, ...organisatieInvoer('Zorggroep Woordenboek') });
    const b = await data<{ id: string }>('bijeenkomsten.opslaan', {
      soort: 'werkgroep',
      datum: '2026-11-12',
      tijd: null,
      plaats: null,
    });
    await data('bijeenkomsten.verwijderen', { id: b.id });
    const k = await data<{ id: string }>('kandidaten.opslaan', kandidaatGegevens({ naam: CANARIE }));
    const code = await codeVan(data, k.id);
    await data('kandidaten.avgVerwijderen', { id: k.id, bevestiging: code });

    // Read back from the file on disk, the way the app reads it.
    const { db } = await readSnapshot(session.requireFile().path);
    const log = listLogboek(db);
    db.close();
    const wat = log.map((r) => r.wat);
    // A rename shows the current name, on the row of the creation too.
    expect(wat).toContain('Organisatie ‘Zorggroep Woordenboek’ toegevoegd');
    expect(wat).toContain('Organisatie ‘Zorggroep Woordenboek’ gewijzigd');
    // A deleted meeting keeps its date; its earlier rows say it is gone.
    expect(wat).toContain('Bijeenkomst van 12-11-2026 (verwijderd) toegevoegd');
    expect(wat).toContain('Bijeenkomst van 12-11-2026 verwijderd');
    // The erased candidate's row is gone: its creation says so, without code or name.
    expect(wat).toContain('Kandidaat (verwijderd) toegevoegd');
    expect(wat).toContain('Kandidaat verwijderd (AVG)');
    for (const r of log) {
      expect(r.wat).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(r.actor).toBe('Secretaris Oost');
    }
    expect(JSON.stringify(log)).not.toContain('Logboekvogel');
  });

  it('a living candidate is named by its code only, never by its name', async () => {
    const { data } = await sessie();
    const k = await data<{ id: string }>('kandidaten.opslaan', kandidaatGegevens({ naam: CANARIE }));
    const code = await codeVan(data, k.id);
    const log = await data<LogRegel[]>('werkgroep.logboek', {});
    expect(log.map((r) => r.wat)).toContain(`Kandidaat ${code} toegevoegd`);
    expect(JSON.stringify(log)).not.toContain('Logboekvogel');
  });

  it('rows written before a user name was set say so; later rows carry the name', async () => {
    const { session, data } = await sessie();
    await session.settings.setGebruikersnaam('');
    await data('bijeenkomsten.opslaan', {
      soort: 'werkgroep',
      datum: '2026-11-12',
      tijd: null,
      plaats: null,
    });
    await session.settings.setGebruikersnaam('Voorzitter West');
    await data('bijeenkomsten.opslaan', {
      soort: 'werkgroep',
      datum: '2026-12-10',
      tijd: null,
      plaats: null,
    });
    const log = await data<LogRegel[]>('werkgroep.logboek', {});
    expect(log.find((r) => r.wat === 'Bijeenkomst van 12-11-2026 toegevoegd')?.actor).toBe('onbekend');
    expect(log.find((r) => r.wat === 'Bijeenkomst van 10-12-2026 toegevoegd')?.actor).toBe('Voorzitter West');
  });
});

/** The candidate's code, which the erasure asks the user to type. */
async function codeVan(data: <T>(k: string, i: unknown) => Promise<T>, id: string): Promise<string> {
  const d = await data<{ kandidaat: { code: string } }>('kandidaten.dossier', { id });
  return d.kandidaat.code;
}
