import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { conflictVoorScherm } from '../../electron/main/services/samenvoeg-weergave';
import type { Samenvoegconflict } from '../../electron/main/services/samenvoegen';
import { Session } from '../../electron/main/services/session';
import { backupFolder, backupTime } from '../../electron/main/store/backups';
import type { Db } from '../../electron/main/store/database';
import { gevolgdeTabellen } from '../../electron/main/store/wijzigingslog';
import {
  BOEKHOUDING,
  binnenkomendZin,
  gebiedVan,
  type SamenvoegVerslag,
  type SamenvoegVoorbeeld,
  verslagZin,
  vervallenZin,
} from '../../shared/domain/samenvoegen';
import { formatDatumTijd } from '../../shared/format/nl';
import { dialogen } from './helpers/dialogs';
import { invoker, ipcWerkgroep, organisatieInvoer } from './helpers/sroi';

type Werkgroep = Awaited<ReturnType<typeof ipcWerkgroep>>;

/**
 * What a new secretary's trial of Bestand → Samenvoegen met… found (issue #20), on real files
 * through the app's channels.
 *
 * A colleague's copy changed in the app on "their laptop" (their own Session, so their edit writes
 * an audit row as well), and a different phone number typed here meanwhile: one conflict.
 */
async function conflictMetCollega(w: Werkgroep, gebruikersnaam = '') {
  await w.session.requireFile().settled();
  const kopie = join(w.root, KOPIE);
  await copyFile(w.path, kopie);
  const collega = await Session.create({ userData: join(w.root, 'collega'), dialogs: dialogen() });
  if (gebruikersnaam) await collega.settings.setGebruikersnaam(gebruikersnaam);
  await collega.openPath(kopie);
  await invoker(collega)('organisaties.opslaan', {
    id: w.zorg,
    ...organisatieInvoer('Zorggroep Proef', 'zorgaanbieder', { telefoon: '0113 111 111' }),
  });
  await collega.shutdown();
  await w.data('organisaties.opslaan', {
    id: w.zorg,
    ...organisatieInvoer('Zorggroep Proef', 'zorgaanbieder', { telefoon: '0113 222 222' }),
  });
  w.session.dialogs.chooseFileToOpen = async () => kopie;
  return kopie;
}

const telefoon = (w: Werkgroep) =>
  w.session
    .requireFile()
    .db.get<{ t: string }>('SELECT telefoon AS t FROM organisatie WHERE id = ?', [w.zorg])?.t;

/** Merges the chosen copy, taking the option whose value is `waarde` in the one conflict. */
async function voegSamenMet(w: Werkgroep, waarde: string) {
  const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
  const [c] = v.conflicten;
  if (!c) throw new Error('geen conflict');
  const keuze = c.opties.findIndex((o) => o.label.includes(waarde));
  return w.data<SamenvoegVerslag>('samenvoegen.toepassen', {
    token: v.token,
    keuzes: { [c.sleutel]: keuze },
  });
}

const KOPIE = 'kopie van Fatima.tafelwerk';
// Seconds only when both values were set within the same minute (samenvoeg-weergave.ts).
const DATUMTIJD = String.raw`\d\d-\d\d-\d{4} \d\d:\d\d(?::\d\d)?`;

describe('whose value is whose', () => {
  test('each option says which file it comes from; an unknown author is left out, a known one named', async () => {
    const w = await ipcWerkgroep();
    await conflictMetCollega(w, 'Fatima');
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    expect(v.conflicten).toHaveLength(1);
    const opties = v.conflicten[0]?.opties ?? [];
    const hier = opties.find((o) => o.herkomst === 'hier');
    const daar = opties.find((o) => o.herkomst === 'kopie');
    expect(hier).toMatchObject({ label: '0113 222 222' });
    expect(hier?.door).toBeUndefined();
    expect(daar).toMatchObject({
      label: '0113 111 111',
      door: expect.stringMatching(/^Fatima \(laptop .+\)$/),
    });
    expect(JSON.stringify(v)).not.toContain('onbekend');

    // The report names each side the same way, in local time.
    const keuze = opties.indexOf(daar as (typeof opties)[number]);
    const r = await w.data<SamenvoegVerslag>('samenvoegen.toepassen', {
      token: v.token,
      keuzes: { [v.conflicten[0]?.sleutel ?? '']: keuze },
    });
    expect(r.besluiten[0]?.gekozen).toMatch(
      new RegExp(`^In ${KOPIE}: 0113 111 111 — Fatima \\(laptop .+\\), ${DATUMTIJD}$`),
    );
    expect(r.besluiten[0]?.nietGekozen).toEqual([
      expect.stringMatching(new RegExp(`^In dit bestand: 0113 222 222 — ${DATUMTIJD}$`)),
    ]);
  });
});

describe('what comes in is counted as the user sees it', () => {
  test("the colleague's audit-log row is not counted: one visible change, one in the table and the total", async () => {
    const w = await ipcWerkgroep();
    await conflictMetCollega(w);
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    expect(v.binnenkomend).toEqual([{ gebied: 'Organisaties', aantal: 1 }]);
    const r = await w.data<SamenvoegVerslag>('samenvoegen.toepassen', { token: v.token, keuzes: {} });
    expect(r.aantal).toBe(1);
    // The audit row itself did come along: the log is merged, only not counted.
    const regels = w.session
      .requireFile()
      .db.all<{ auteur: string }>(`SELECT auteur FROM wijziging WHERE soort = 'organisatie'`);
    expect(regels.length).toBeGreaterThanOrEqual(2);
  });

  test('every tracked table is an area the user knows or bookkeeping: no "Overig"', async () => {
    const w = await ipcWerkgroep();
    const tabellen = gevolgdeTabellen(w.session.requireFile().db);
    expect(tabellen.length).toBeGreaterThan(20);
    expect(tabellen.filter((t) => !BOEKHOUDING.has(t) && gebiedVan(t) === 'Overig')).toEqual([]);
  });

  test('the backup is named by its folder and its local time, not its UTC file name', async () => {
    const w = await ipcWerkgroep();
    await conflictMetCollega(w);
    const v = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    const r = await w.data<SamenvoegVerslag>('samenvoegen.toepassen', { token: v.token, keuzes: {} });
    expect(r.reservekopieMap).toBe(backupFolder(w.path));
    expect(r.reservekopieTijd).toBe(formatDatumTijd(backupTime(r.reservekopie)));
    expect(verslagZin(r)).toBe(
      `Er is 1 wijziging overgenomen. Vooraf is een reservekopie gemaakt (${r.reservekopieTijd}), in de verborgen map naast het werkgroepbestand: ${backupFolder(w.path)}.`,
    );
    expect(verslagZin(r)).not.toContain(r.reservekopie);
  });
});

describe('count sentences agree with their number', () => {
  test('the preview', () => {
    expect(binnenkomendZin(0, 0)).toBe('Er komt niets nieuws binnen uit deze kopie.');
    expect(binnenkomendZin(1, 0)).toMatch(/^Uit deze kopie komt 1 wijziging binnen\. /);
    expect(binnenkomendZin(3, 1)).toMatch(/^Uit deze kopie komen 3 wijzigingen binnen\. /);
    expect(binnenkomendZin(0, 1)).toMatch(
      /^Uit deze kopie komen geen nieuwe wijzigingen binnen, maar er is 1 conflict om te kiezen\. /,
    );
    expect(binnenkomendZin(0, 2)).toMatch(/maar er zijn 2 conflicten om te kiezen\. /);
  });

  test('what lapses and the report', () => {
    expect(vervallenZin([{ gebied: 'Acties', aantal: 1 }])).toMatch(
      /^1 wijziging vervalt, .*: Acties \(1\)\.$/,
    );
    expect(
      vervallenZin([
        { gebied: 'Acties', aantal: 1 },
        { gebied: 'Besluiten', aantal: 2 },
      ]),
    ).toMatch(/^3 wijzigingen vervallen, .*: Acties \(1\), Besluiten \(2\)\.$/);
    const backup = { reservekopieMap: '/map', reservekopieTijd: '04-12-2026 17:58' };
    expect(verslagZin({ aantal: 0, ...backup })).toMatch(/^Er zijn geen nieuwe wijzigingen overgenomen\. /);
    expect(verslagZin({ aantal: 2, ...backup })).toMatch(/^Er zijn 2 wijzigingen overgenomen\. /);
  });
});

describe('the same copy merged twice', () => {
  test.each([
    ['theirs', '0113 111 111'],
    ['ours', '0113 222 222'],
  ])('after choosing %s in the conflict, the second preview brings nothing in', async (_, waarde) => {
    const w = await ipcWerkgroep();
    await conflictMetCollega(w);
    await voegSamenMet(w, waarde);
    expect(telefoon(w)).toBe(waarde);
    const tweede = await w.data<SamenvoegVoorbeeld>('samenvoegen.kiezen', {});
    expect(tweede.binnenkomend).toEqual([]);
    expect(tweede.conflicten).toEqual([]);
    expect(tweede.vervallen).toEqual([]);
  });
});

describe('two values set within the same minute', () => {
  // Local times: the runs set TZ; the engine's times are UTC.
  const optie = (tijd: string) => ({ label: 'x', waarde: 'x', tijd, herkomst: 'hier' as const });
  const conflict = (a: string, b: string) =>
    conflictVoorScherm(
      {} as Db,
      {
        sleutel: 'uniek:organisatie:naam',
        soort: 'uniek',
        omschrijving: 'Twee organisaties met dezelfde naam.',
        opties: [optie(a), optie(b)],
        voorstel: 0,
      } as unknown as Samenvoegconflict,
    );

  test('are told apart by their seconds; in different minutes the minutes do', () => {
    const gelijk = conflict('2026-12-31T22:59:41.000Z', '2026-12-31T22:59:07.000Z').opties.map((o) => o.tijd);
    expect(gelijk).toEqual([
      `${formatDatumTijd('2026-12-31T22:59:41.000Z')}:41`,
      `${formatDatumTijd('2026-12-31T22:59:07.000Z')}:07`,
    ]);
    const anders = conflict('2026-12-31T23:00:01.000Z', '2026-12-31T22:59:59.000Z').opties.map((o) => o.tijd);
    expect(anders).toEqual([
      formatDatumTijd('2026-12-31T23:00:01.000Z'),
      formatDatumTijd('2026-12-31T22:59:59.000Z'),
    ]);
  });
});
