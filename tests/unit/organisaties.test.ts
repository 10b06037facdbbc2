import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { invokeChannel } from '../../electron/main/ipc/registry';
import { Session } from '../../electron/main/services/session';
import type { Db } from '../../electron/main/store/database';
import {
  getOrganisatie,
  listOrganisaties,
  type OrganisatieGegevens,
  saveOrganisatie,
  setArchived,
} from '../../electron/main/store/repositories/organisaties';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import type { Result } from '../../shared/api/result';
import type { Organisatie } from '../../shared/domain/organisaties';
import { OOSTERSCHELDEREGIO } from '../../shared/domain/regios';
import { nuIso } from '../../shared/klok';
import { dialogen } from './helpers/dialogs';
import { DUTCH_ONLY } from './helpers/nederlands';
import { organisatieInvoer } from './helpers/sroi';
import { openRaw, scalar, tempDir, thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

const ONBEKEND_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const nl = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' });

// ---------------------------------------------------------------------------------------------
// Repository, on a real (in-memory) sql.js database with the full schema.
// ---------------------------------------------------------------------------------------------

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const freshDb = () => regioDb(SQL);

const gegevens = (over: Partial<OrganisatieGegevens> = {}): OrganisatieGegevens =>
  organisatieInvoer('Zorggroep Proef', 'zorgaanbieder', over);

const count = (db: Db, sql: string, params: (string | number)[] = []) =>
  Number(db.get<{ n: number }>(sql, params)?.n);
const liveOrganisaties = (db: Db) =>
  count(db, 'SELECT COUNT(*) AS n FROM organisatie WHERE deleted_at IS NULL');
const namen = (list: Organisatie[]) => list.map((o) => o.naam);

describe('organisaties repository', () => {
  test('saveOrganisatie inserts with werkgebied; getOrganisatie gives short gemeente names, sorted, ids alongside', () => {
    const db = freshDb();
    const tholen = gemeenteId(db, 'Tholen');
    const goes = gemeenteId(db, 'Goes');
    const kapelle = gemeenteId(db, 'Kapelle');
    const id = saveOrganisatie(
      db,
      gegevens({
        contactpersoon: 'M. de Vlieger',
        email: 'info@proef.example',
        telefoon: '0113-123456',
        gemeenteIds: [tholen, goes, kapelle, goes],
        jaaromzetCent: 1_250_000_00,
        fte: 18.5,
      }),
    );

    const org = getOrganisatie(db, id);
    expect(org).toEqual({
      id,
      naam: 'Zorggroep Proef',
      soort: 'zorgaanbieder',
      contactpersoon: 'M. de Vlieger',
      email: 'info@proef.example',
      telefoon: '0113-123456',
      gemeenteIds: [goes, kapelle, tholen],
      werkgebied: ['Goes', 'Kapelle', 'Tholen'],
      jaaromzetCent: 1_250_000_00,
      fte: 18.5,
      gearchiveerdOp: null,
    });
    // The duplicate Goes became one link.
    expect(count(db, 'SELECT COUNT(*) AS n FROM organisatie_gemeente WHERE organisatie_id = ?', [id])).toBe(
      3,
    );
  });

  test('werkgebied is sorted by the shown name, also when a gemeente is named without "Gemeente "', () => {
    const db = freshDb();
    const middelburg = saveOrganisatie(db, gegevens({ naam: 'Middelburg', soort: 'gemeente' }));
    const tholen = gemeenteId(db, 'Tholen');
    const goes = gemeenteId(db, 'Goes');
    const id = saveOrganisatie(db, gegevens({ gemeenteIds: [tholen, middelburg, goes] }));

    const { werkgebied, gemeenteIds } = getOrganisatie(db, id);
    expect(werkgebied).toEqual(['Goes', 'Middelburg', 'Tholen']);
    expect(werkgebied).toEqual([...werkgebied].sort(nl));
    expect(gemeenteIds).toEqual([goes, middelburg, tholen]);
    expect(werkgebied.some((naam) => naam.startsWith('Gemeente '))).toBe(false);
  });

  test('updating replaces the werkgebied; old links are tombstoned, not deleted', () => {
    const db = freshDb();
    const [goes, tholen, kapelle, borsele] = ['Goes', 'Tholen', 'Kapelle', 'Borsele'].map((g) =>
      gemeenteId(db, g),
    ) as [string, string, string, string];
    const id = saveOrganisatie(db, gegevens({ gemeenteIds: [goes, tholen] }));

    saveOrganisatie(
      db,
      gegevens({ naam: 'Zorggroep Proef Zuid', gemeenteIds: [kapelle, goes, borsele] }),
      id,
    );
    const org = getOrganisatie(db, id);
    expect(org.naam).toBe('Zorggroep Proef Zuid');
    expect(org.werkgebied).toEqual(['Borsele', 'Goes', 'Kapelle']);

    const all = count(db, 'SELECT COUNT(*) AS n FROM organisatie_gemeente WHERE organisatie_id = ?', [id]);
    const live = count(
      db,
      'SELECT COUNT(*) AS n FROM organisatie_gemeente WHERE organisatie_id = ? AND deleted_at IS NULL',
      [id],
    );
    expect(live).toBe(3);
    expect(all).toBeGreaterThan(live);
    // Tholen left the werkgebied: its link is still there, with a deleted_at.
    const tholenLinks = db.all<{ deleted_at: string | null }>(
      'SELECT deleted_at FROM organisatie_gemeente WHERE organisatie_id = ? AND gemeente_id = ?',
      [id, tholen],
    );
    expect(tholenLinks).toHaveLength(1);
    expect(tholenLinks[0]?.deleted_at).toEqual(expect.any(String));

    // Emptying the werkgebied tombstones the rest and deletes nothing.
    saveOrganisatie(db, gegevens({ naam: 'Zorggroep Proef Zuid' }), id);
    expect(getOrganisatie(db, id).werkgebied).toEqual([]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM organisatie_gemeente WHERE organisatie_id = ?', [id])).toBe(
      all,
    );
  });

  test('a duplicate name (other case, surrounding spaces) is refused, naming the existing organisation', () => {
    const db = freshDb();
    const id = saveOrganisatie(db, gegevens({ naam: 'Zorggroep De Haven' }));
    const before = liveOrganisaties(db);

    for (const naam of ['zorggroep de haven', 'ZORGGROEP DE HAVEN', '  Zorggroep De Haven  ']) {
      const error = thrown(() => saveOrganisatie(db, gegevens({ naam, soort: 'werkgever' })));
      expect({ naam, code: error.code }).toEqual({ naam, code: 'ONGELDIGE_INVOER' });
      expect(error.message).toMatch(/^Er is al een organisatie met de naam "Zorggroep De Haven"\.$/);
    }
    expect(liveOrganisaties(db)).toBe(before);

    // Renaming another organisation to that name is refused too and changes nothing.
    const ander = saveOrganisatie(db, gegevens({ naam: 'Thuiszorg Anders' }));
    const error = thrown(() => saveOrganisatie(db, gegevens({ naam: 'Zorggroep de Haven' }), ander));
    expect(error.code).toBe('ONGELDIGE_INVOER');
    expect(error.message).toContain('"Zorggroep De Haven"');
    expect(getOrganisatie(db, ander).naam).toBe('Thuiszorg Anders');

    // Saving an organisation under its own name (or a case variant of it) is allowed.
    saveOrganisatie(db, gegevens({ naam: 'Zorggroep De Haven', fte: 3 }), id);
    saveOrganisatie(db, gegevens({ naam: 'Zorggroep de Haven' }), id);
    expect(getOrganisatie(db, id).naam).toBe('Zorggroep de Haven');

    // A gemeente from the region counts as well.
    const gemeente = thrown(() => saveOrganisatie(db, gegevens({ naam: 'gemeente goes' })));
    expect(gemeente.message).toContain('"Gemeente Goes"');

    // A tombstoned organisation no longer blocks its name.
    db.run('UPDATE organisatie SET deleted_at = ? WHERE id = ?', [nuIso(), ander]);
    const opnieuw = saveOrganisatie(db, gegevens({ naam: 'Thuiszorg Anders' }));
    expect(getOrganisatie(db, opnieuw).naam).toBe('Thuiszorg Anders');
  });

  test('a werkgebied may only hold gemeenten: a zorgaanbieder or unknown id is refused and nothing changes', () => {
    const db = freshDb();
    const goes = gemeenteId(db, 'Goes');
    const zorg = saveOrganisatie(db, gegevens({ naam: 'Zorg Een', gemeenteIds: [goes] }));
    const before = liveOrganisaties(db);
    const links = count(db, 'SELECT COUNT(*) AS n FROM organisatie_gemeente');

    for (const ids of [[zorg], [goes, zorg], [ONBEKEND_ID]]) {
      const error = thrown(() => saveOrganisatie(db, gegevens({ naam: 'Zorg Twee', gemeenteIds: ids })));
      expect(error.code).toBe('ONGELDIGE_INVOER');
      expect(error.message).toMatch(/werkgebied.*alleen gemeenten/i);
    }
    expect(liveOrganisaties(db)).toBe(before);

    // Also on update: the refused change leaves the old werkgebied alone.
    const error = thrown(() =>
      saveOrganisatie(db, gegevens({ naam: 'Zorg Een', gemeenteIds: [zorg] }), zorg),
    );
    expect(error.code).toBe('ONGELDIGE_INVOER');
    expect(getOrganisatie(db, zorg).werkgebied).toEqual(['Goes']);
    expect(count(db, 'SELECT COUNT(*) AS n FROM organisatie_gemeente')).toBe(links);
  });

  test('setArchived hides from the list, metGearchiveerd shows it, un-archiving restores it', () => {
    const db = freshDb();
    const id = saveOrganisatie(db, gegevens({ naam: 'Werkbedrijf Archief', soort: 'werkbedrijf' }));
    expect(namen(listOrganisaties(db))).toContain('Werkbedrijf Archief');

    setArchived(db, id, true);
    expect(namen(listOrganisaties(db))).not.toContain('Werkbedrijf Archief');
    expect(namen(listOrganisaties(db, { soort: 'werkbedrijf' }))).toEqual([]);
    const metArchief = listOrganisaties(db, { metGearchiveerd: true });
    expect(metArchief.find((o) => o.id === id)?.gearchiveerdOp).toEqual(expect.any(String));
    // Still reachable directly (other records refer to it).
    expect(Number.isNaN(Date.parse(getOrganisatie(db, id).gearchiveerdOp ?? ''))).toBe(false);

    setArchived(db, id, false);
    expect(listOrganisaties(db).find((o) => o.id === id)).toMatchObject({ gearchiveerdOp: null });
    expect(listOrganisaties(db)).toHaveLength(listOrganisaties(db, { metGearchiveerd: true }).length);
  });

  test('listOrganisaties filters by soort and by zoek on name and contactpersoon, sorted by name', () => {
    const db = freshDb();
    saveOrganisatie(db, gegevens({ naam: 'zorggroep Noord', contactpersoon: 'Piet Jansen' }));
    saveOrganisatie(
      db,
      gegevens({ naam: 'Bouwbedrijf Zuid', soort: 'werkgever', contactpersoon: 'Anna Zorgvlied' }),
    );
    saveOrganisatie(db, gegevens({ naam: 'ROC Oost', soort: 'onderwijs', contactpersoon: null }));

    const alles = namen(listOrganisaties(db));
    expect(alles).toHaveLength(OOSTERSCHELDEREGIO.gemeenten.length + 3);
    expect(alles).toEqual([...alles].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));

    const gemeenten = listOrganisaties(db, { soort: 'gemeente' });
    expect(gemeenten).toHaveLength(OOSTERSCHELDEREGIO.gemeenten.length);
    expect(new Set(gemeenten.map((o) => o.soort))).toEqual(new Set(['gemeente']));
    expect(namen(listOrganisaties(db, { soort: 'werkgever' }))).toEqual(['Bouwbedrijf Zuid']);
    expect(namen(listOrganisaties(db, { soort: 'uwv' }))).toEqual([]);

    // Name (case-insensitive) and contact person both match.
    expect(namen(listOrganisaties(db, { zoek: 'ZORG' }))).toEqual(['Bouwbedrijf Zuid', 'zorggroep Noord']);
    expect(namen(listOrganisaties(db, { zoek: 'jansen' }))).toEqual(['zorggroep Noord']);
    expect(namen(listOrganisaties(db, { zoek: 'goes' }))).toEqual(['Gemeente Goes']);
    expect(namen(listOrganisaties(db, { zoek: 'zorg', soort: 'werkgever' }))).toEqual(['Bouwbedrijf Zuid']);
    expect(namen(listOrganisaties(db, { zoek: 'bestaat nergens' }))).toEqual([]);
    expect(listOrganisaties(db, { zoek: '' })).toHaveLength(alles.length);
  });

  test("zoek takes '%', '_' and '\\' literally", () => {
    const db = freshDb();
    for (const naam of ['A_B', 'AXB', '100% Zorg', '1000 Zorg', 'C\\D', 'CXD'])
      saveOrganisatie(db, gegevens({ naam }));

    expect(namen(listOrganisaties(db, { zoek: '_' }))).toEqual(['A_B']);
    expect(namen(listOrganisaties(db, { zoek: 'a_b' }))).toEqual(['A_B']);
    expect(namen(listOrganisaties(db, { zoek: '%' }))).toEqual(['100% Zorg']);
    expect(namen(listOrganisaties(db, { zoek: '0% z' }))).toEqual(['100% Zorg']);
    expect(namen(listOrganisaties(db, { zoek: '\\' }))).toEqual(['C\\D']);
    expect(namen(listOrganisaties(db, { zoek: 'X' }))).toEqual(['AXB', 'CXD']);
  });

  test('an unknown id answers NIET_GEVONDEN and changes nothing', () => {
    const db = freshDb();
    const before = liveOrganisaties(db);
    expect(thrown(() => getOrganisatie(db, ONBEKEND_ID))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: expect.stringMatching(/organisatie bestaat niet/),
    });
    expect(thrown(() => setArchived(db, ONBEKEND_ID, true)).code).toBe('NIET_GEVONDEN');
    expect(thrown(() => saveOrganisatie(db, gegevens(), ONBEKEND_ID)).code).toBe('NIET_GEVONDEN');
    expect(liveOrganisaties(db)).toBe(before);

    // A tombstoned organisation is gone as well.
    const id = saveOrganisatie(db, gegevens({ naam: 'Verdwijnt' }));
    db.run('UPDATE organisatie SET deleted_at = ? WHERE id = ?', [nuIso(), id]);
    expect(thrown(() => getOrganisatie(db, id)).code).toBe('NIET_GEVONDEN');
    expect(namen(listOrganisaties(db, { metGearchiveerd: true }))).not.toContain('Verdwijnt');
  });
});

// ---------------------------------------------------------------------------------------------
// Through the IPC boundary, with a real Session and a real file on disk.
// ---------------------------------------------------------------------------------------------

async function ipcSetup() {
  const root = await tempDir();
  const session = await Session.create({
    userData: join(root, 'userData'),
    dialogs: dialogen(),
  });
  await session.nieuw({ naam: 'Test', regio: 'Oosterschelderegio' });
  const handlers = createHandlers(session);
  const invoke = (channel: string, input: unknown) => invokeChannel(handlers, channel, input);
  const lijst = async (filter: unknown = {}) => {
    const result = (await invoke('organisaties.lijst', filter)) as Result<Organisatie[]>;
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  };
  const gemeenten = new Map(
    (await lijst({ soort: 'gemeente' })).map((g) => [g.naam.replace('Gemeente ', ''), g.id]),
  );
  const gemeente = (kort: string) => {
    const id = gemeenten.get(kort);
    if (!id) throw new Error(`Gemeente ${kort} ontbreekt.`);
    return id;
  };
  return { session, invoke, lijst, gemeente };
}

const invoer = (over: Record<string, unknown> = {}) => ({
  naam: 'Zorggroep Proef',
  soort: 'zorgaanbieder',
  contactpersoon: 'A. Jansen',
  email: 'info@proef.example',
  telefoon: '0113-123456',
  gemeenteIds: [] as string[],
  jaaromzetCent: 250_000_00,
  fte: 4.5,
  ...over,
});

const opgeslagen = (result: Result<unknown>): Organisatie => {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data as Organisatie;
};

describe('organisaties over IPC', () => {
  test('a valid organisaties.opslaan is saved to disk and survives closing the file', async () => {
    const { session, invoke, gemeente } = await ipcSetup();
    const result = await invoke(
      'organisaties.opslaan',
      invoer({
        naam: '  Zorggroep Proef  ',
        contactpersoon: ' A. Jansen ',
        gemeenteIds: [gemeente('Kapelle'), gemeente('Goes')],
        jaaromzetCent: 1_250_000_00,
        fte: 12.5,
      }),
    );
    const org = opgeslagen(result);
    expect(org).toMatchObject({
      naam: 'Zorggroep Proef',
      soort: 'zorgaanbieder',
      contactpersoon: 'A. Jansen',
      email: 'info@proef.example',
      werkgebied: ['Goes', 'Kapelle'],
      gemeenteIds: [gemeente('Goes'), gemeente('Kapelle')],
      jaaromzetCent: 1_250_000_00,
      fte: 12.5,
      gearchiveerdOp: null,
    });

    const path = session.requireFile().path;
    await session.shutdown();
    const { db } = await readSnapshot(path);
    try {
      expect(getOrganisatie(db, org.id)).toEqual(org);
      expect(listOrganisaties(db, { zoek: 'proef' }).map((o) => o.id)).toEqual([org.id]);
    } finally {
      db.close();
    }
  });

  test.each([
    ['an empty naam', { naam: '' }, /Vul de naam van de organisatie in\./],
    ['a blank naam', { naam: '   ' }, /Vul de naam van de organisatie in\./],
    ['a missing naam', { naam: undefined }, /Naam van de organisatie ontbreekt/],
    ['an unknown soort', { soort: 'ziekenhuis' }, /Kies een soort organisatie uit de lijst/],
    ['an invalid e-mail', { email: 'info@proef' }, /Vul een geldig e-mailadres in/],
    ['an e-mail with spaces', { email: 'in fo@proef.example' }, /Vul een geldig e-mailadres in/],
    ['a negative jaaromzetCent', { jaaromzetCent: -1 }, /jaaromzet kan niet negatief/],
    ['a fractional jaaromzetCent', { jaaromzetCent: 100.5 }, /jaaromzet moet in hele centen/],
    ['a jaaromzetCent as text', { jaaromzetCent: '1000' }, /jaaromzet moet een bedrag zijn/],
    ['an absurd jaaromzetCent', { jaaromzetCent: 100_000_000_000_00 + 1 }, /meer dan € 100 miljard/],
    ['a negative fte', { fte: -0.5 }, /fte kan niet negatief/],
    ['an absurd fte', { fte: 2_000_000 }, /fte is onwaarschijnlijk hoog/],
    ['a werkgebied id that is no id', { gemeenteIds: ['Goes'] }, /Onbekende gemeente/],
    ['an extra unknown key', { pad: '/etc/passwd' }, /Onbekende.*pad/],
    ['a malformed id', { id: '1' }, /Onbekende organisatie/],
  ])('organisaties.opslaan with %s → ONGELDIGE_INVOER in Dutch, nothing saved', async (_, over, message) => {
    const { session, invoke, lijst } = await ipcSetup();
    const before = (await lijst({ metGearchiveerd: true })).length;
    const result = await invoke('organisaties.opslaan', invoer(over));
    expect(result).toEqual({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(message) },
    });
    if (!result.ok) expect(result.error.message).toMatch(DUTCH_ONLY);
    expect(await lijst({ metGearchiveerd: true })).toHaveLength(before);
    await session.shutdown();
  });

  test('the largest plausible amount and fte are accepted', async () => {
    const { session, invoke } = await ipcSetup();
    const org = opgeslagen(
      await invoke('organisaties.opslaan', invoer({ jaaromzetCent: 100_000_000_000_00, fte: 1_000_000 })),
    );
    expect(org).toMatchObject({ jaaromzetCent: 100_000_000_000_00, fte: 1_000_000 });
    await session.shutdown();
  });

  test('empty strings for optional fields are stored as null, not as empty text', async () => {
    const { session, invoke } = await ipcSetup();
    const org = opgeslagen(
      await invoke(
        'organisaties.opslaan',
        invoer({ contactpersoon: '', email: '   ', telefoon: '', jaaromzetCent: null, fte: null }),
      ),
    );
    expect(org).toMatchObject({
      contactpersoon: null,
      email: null,
      telefoon: null,
      jaaromzetCent: null,
      fte: null,
    });

    const path = session.requireFile().path;
    await session.shutdown();
    const raw = await openRaw(path);
    try {
      const stored = (column: string) =>
        scalar(raw, `SELECT ${column} FROM organisatie WHERE id = ?`, [org.id]);
      expect(['contactpersoon', 'email', 'telefoon', 'jaaromzet_cent', 'fte'].map(stored)).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    } finally {
      raw.close();
    }
  });

  test('each change is recorded in wijziging without the organisation name; a refused change records nothing', async () => {
    const { session, invoke, gemeente } = await ipcSetup();
    await session.settings.setGebruikersnaam('Secretaris');
    const db = session.requireFile().db;
    const wijzigingen = () =>
      db.all<{ auteur: string; omschrijving: string }>(
        `SELECT auteur, omschrijving FROM wijziging WHERE soort = 'organisatie' ORDER BY created_at, id`,
      );
    expect(wijzigingen()).toEqual([]);

    const org = opgeslagen(await invoke('organisaties.opslaan', invoer({ naam: 'Stichting Geheimzinnig' })));
    expect(wijzigingen()).toHaveLength(1);
    opgeslagen(
      await invoke(
        'organisaties.opslaan',
        invoer({ id: org.id, naam: 'Stichting Zeer Geheim', gemeenteIds: [gemeente('Tholen')] }),
      ),
    );
    const na = wijzigingen();
    expect(na).toHaveLength(2);
    expect(na[0]?.omschrijving).not.toBe(na[1]?.omschrijving);
    for (const w of na) {
      expect(w.auteur).toBe('Secretaris');
      expect(w.omschrijving).not.toMatch(/Geheim/i);
      expect(w.omschrijving).not.toMatch(/Tholen/);
    }

    // A refused change (duplicate name, checked inside the write) rolls back and leaves no trace.
    const dubbel = await invoke('organisaties.opslaan', invoer({ naam: 'stichting zeer geheim' }));
    expect(dubbel).toEqual({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('"Stichting Zeer Geheim"') },
    });
    const onbekend = await invoke('organisaties.opslaan', invoer({ id: ONBEKEND_ID, naam: 'Nieuw' }));
    expect(onbekend).toMatchObject({ ok: false, error: { code: 'NIET_GEVONDEN' } });
    expect(wijzigingen()).toHaveLength(2);

    // On disk too.
    const raw = await openRaw(session.requireFile().path);
    try {
      expect(scalar(raw, `SELECT COUNT(*) FROM wijziging WHERE soort = 'organisatie'`)).toBe(2);
      expect(scalar(raw, `SELECT COUNT(*) FROM wijziging WHERE omschrijving LIKE '%Geheim%'`)).toBe(0);
    } finally {
      raw.close();
    }
    await session.shutdown();
  });

  test('organisaties.archiveren round trip: hidden, visible with metGearchiveerd, restored; saved to disk', async () => {
    const { session, invoke, lijst } = await ipcSetup();
    const org = opgeslagen(await invoke('organisaties.opslaan', invoer({ naam: 'UWV Proef', soort: 'uwv' })));
    const path = session.requireFile().path;

    const gearchiveerd = opgeslagen(
      await invoke('organisaties.archiveren', { id: org.id, gearchiveerd: true }),
    );
    expect(gearchiveerd.gearchiveerdOp).toEqual(expect.any(String));
    expect({ ...gearchiveerd, gearchiveerdOp: null }).toEqual(org);
    expect((await lijst()).map((o) => o.id)).not.toContain(org.id);
    expect((await lijst({ metGearchiveerd: true })).map((o) => o.id)).toContain(org.id);

    const raw = await openRaw(path);
    expect(scalar(raw, 'SELECT gearchiveerd_op FROM organisatie WHERE id = ?', [org.id])).toBe(
      gearchiveerd.gearchiveerdOp,
    );
    raw.close();

    const terug = opgeslagen(await invoke('organisaties.archiveren', { id: org.id, gearchiveerd: false }));
    expect(terug).toEqual(org);
    expect((await lijst()).map((o) => o.id)).toContain(org.id);

    const soorten = session
      .requireFile()
      .db.all<{ omschrijving: string }>(`SELECT omschrijving FROM wijziging WHERE soort = 'organisatie'`);
    expect(soorten).toHaveLength(3);

    expect(await invoke('organisaties.archiveren', { id: ONBEKEND_ID, gearchiveerd: true })).toMatchObject({
      ok: false,
      error: { code: 'NIET_GEVONDEN' },
    });
    expect(await invoke('organisaties.archiveren', { id: org.id })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(DUTCH_ONLY) },
    });

    await session.shutdown();
    const { db } = await readSnapshot(path);
    try {
      expect(getOrganisatie(db, org.id).gearchiveerdOp).toBeNull();
    } finally {
      db.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The bundled example.
// ---------------------------------------------------------------------------------------------

describe('voorbeeld', () => {
  test('zorgaanbieders have a werkgebied and a capacity, and every werkgebied id is a gemeente', async () => {
    const root = await tempDir();
    const session = await Session.create({
      userData: join(root, 'userData'),
      dialogs: dialogen(),
    });
    await session.openVoorbeeld();
    const db = session.requireFile().db;

    const zorg = listOrganisaties(db, { soort: 'zorgaanbieder' });
    expect(zorg.length).toBeGreaterThan(1);
    for (const org of zorg) {
      expect({ naam: org.naam, werkgebied: org.werkgebied.length > 0 }).toEqual({
        naam: org.naam,
        werkgebied: true,
      });
      expect(org.gemeenteIds).toHaveLength(org.werkgebied.length);
      expect((org.jaaromzetCent ?? 0) > 0 || (org.fte ?? 0) > 0).toBe(true);
    }
    // Sharing "naar rato" needs one measure that every zorgaanbieder has.
    expect(zorg.every((o) => (o.jaaromzetCent ?? 0) > 0) || zorg.every((o) => (o.fte ?? 0) > 0)).toBe(true);

    const gemeenteIds = new Set(listOrganisaties(db, { soort: 'gemeente' }).map((g) => g.id));
    expect(gemeenteIds.size).toBe(OOSTERSCHELDEREGIO.gemeenten.length);
    const alle = listOrganisaties(db, { metGearchiveerd: true });
    const gebruikt = alle.flatMap((o) => o.gemeenteIds);
    expect(gebruikt.length).toBeGreaterThan(0);
    expect(gebruikt.filter((id) => !gemeenteIds.has(id))).toEqual([]);
    expect(alle.flatMap((o) => o.werkgebied).filter((n) => n.startsWith('Gemeente ') || n === '')).toEqual(
      [],
    );

    // The same holds on disk, checked with plain SQL, independent of the repository.
    const raw = await openRaw(session.requireFile().path);
    try {
      expect(Number(scalar(raw, 'SELECT COUNT(*) FROM organisatie_gemeente WHERE deleted_at IS NULL'))).toBe(
        gebruikt.length,
      );
      expect(
        scalar(
          raw,
          `SELECT COUNT(*) FROM organisatie_gemeente og LEFT JOIN organisatie g ON g.id = og.gemeente_id
            WHERE og.deleted_at IS NULL AND (g.id IS NULL OR g.soort <> 'gemeente' OR g.deleted_at IS NOT NULL)`,
        ),
      ).toBe(0);
      expect(
        scalar(
          raw,
          `SELECT COUNT(*) FROM organisatie o WHERE o.soort = 'zorgaanbieder' AND NOT EXISTS
             (SELECT 1 FROM organisatie_gemeente og WHERE og.organisatie_id = o.id AND og.deleted_at IS NULL)`,
        ),
      ).toBe(0);
    } finally {
      raw.close();
    }
    await session.shutdown();
  });
});
