import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/main/services/session';
import type { Result } from '../../shared/api/result';
import { actieUit, type LogRegel } from '../../shared/domain/logboek';
import { dialogen } from './helpers/dialogs';
import { kandidaatGegevens } from './helpers/kandidaten';
import { invoker } from './helpers/sroi';
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
    const org = await data<{ id: string }>('organisaties.opslaan', {
      naam: 'Zorggroep Logboek',
      soort: 'zorgaanbieder',
      contactpersoon: null,
      email: null,
      telefoon: null,
      gemeenteIds: [],
      jaaromzetCent: null,
      fte: null,
    });
    await data('export.sroi', { van: '2026-01-01', tot: '2026-12-31' });
    await data('beveiliging.instellen', { wachtwoord: WACHTWOORD });
    await data('document.vergrendelen', {});
    for (const fout of ['nee', 'ook niet'])
      await expect(data('document.ontgrendelen', { wachtwoord: fout })).rejects.toMatchObject({
        code: 'WACHTWOORD_ONJUIST',
      });
    await data('document.ontgrendelen', { wachtwoord: WACHTWOORD });
    await data('kandidaten.avgVerwijderen', { id: k.id, bevestiging: await codeVan(data, k.id) });

    const log = await data<LogRegel[]>('logboek.lijst', {});
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

/** The candidate's code, which the erasure asks the user to type. */
async function codeVan(data: <T>(k: string, i: unknown) => Promise<T>, id: string): Promise<string> {
  const d = await data<{ kandidaat: { code: string } }>('kandidaten.dossier', { id });
  return d.kandidaat.code;
}
