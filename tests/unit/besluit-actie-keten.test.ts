import { describe, expect, it } from 'vitest';
import type { Actiepunt, BijeenkomstDetail, PlanningVerwijzingen } from '../../shared/domain/bijeenkomsten';
import type { Planning } from '../../shared/domain/planning';
import { ipcWerkgroep } from './helpers/sroi';
import { openRaw } from './helpers/temp';

/**
 * The chain besluit → action → planning activity (issue #21) over IPC on a real file: what the
 * meeting page and the planning send and read, the delete paths that unlink, and undo.
 */

async function werkgroepMetKeten() {
  const w = await ipcWerkgroep();
  const { data } = w;
  const bijeenkomst = (datum: string) =>
    data<BijeenkomstDetail>('bijeenkomsten.opslaan', { soort: 'werkgroep', datum, tijd: null, plaats: null });
  const oktober = await bijeenkomst('2026-10-08');
  const november = await bijeenkomst('2026-11-12');
  const fase = (await data<Planning>('planning.faseOpslaan', { naam: 'Werving' })).fasen[0];
  const planning = await data<Planning>('planning.activiteitOpslaan', {
    faseId: fase?.id,
    titel: 'Werkgevers benaderen',
    eigenaar: null,
    startMaand: '2026-11',
    eindMaand: '2027-01',
    status: 'gepland',
    afhankelijkVan: null,
  });
  const activiteit = planning.fasen[0]?.activiteiten[0]?.id ?? '';
  const besluit = async (b: BijeenkomstDetail, tekst: string, activiteitId?: string | null) =>
    (
      await data<BijeenkomstDetail>('bijeenkomsten.besluitOpslaan', {
        bijeenkomstId: b.id,
        tekst,
        ...(activiteitId === undefined ? {} : { activiteitId }),
      })
    ).besluiten.at(-1);
  const actie = (over: Record<string, unknown>) =>
    data<Actiepunt>('bijeenkomsten.actieOpslaan', {
      bijeenkomstId: november.id,
      omschrijving: 'Drie werkgevers bellen',
      eigenaar: 'Secretaris',
      deadline: null,
      status: 'open',
      ...over,
    });
  return { ...w, oktober, november, activiteit, besluit, actie };
}

describe('a besluit with its actions and the activity they concern', () => {
  it('an action under a besluit of its own or an earlier meeting, for an activity: read back on the meeting and the planning', async () => {
    const { session, data, oktober, november, activiteit, besluit, actie } = await werkgroepMetKeten();
    const eerder = await besluit(oktober, 'We werven bij werkgevers.', activiteit);
    expect(eerder).toMatchObject({
      nummer: 1,
      activiteitId: activiteit,
      activiteitTitel: 'Werkgevers benaderen',
    });
    const a = await actie({ besluitId: eerder?.id, activiteitId: activiteit });
    expect(a).toMatchObject({
      besluitId: eerder?.id,
      besluitNummer: 1,
      besluitBijeenkomstId: oktober.id,
      activiteitId: activiteit,
      activiteitTitel: 'Werkgevers benaderen',
    });
    // The besluit's meeting lists the action under it, though it came from a later meeting.
    const okt = await data<BijeenkomstDetail>('bijeenkomsten.detail', { id: oktober.id });
    expect(okt.acties).toEqual([]);
    expect(okt.actiesBijBesluiten.map((x) => x.omschrijving)).toEqual(['Drie werkgevers bellen']);
    // The planning sees both, with where they came from.
    const v = await data<PlanningVerwijzingen>('planning.verwijzingen', {});
    expect(v.besluiten.map((b) => [b.nummer, b.activiteitId, b.bijeenkomstId])).toEqual([
      [1, activiteit, oktober.id],
    ]);
    expect(v.acties.map((x) => [x.omschrijving, x.bijeenkomstId])).toEqual([
      ['Drie werkgevers bellen', november.id],
    ]);
    // A change that leaves the links out keeps them; null clears one.
    const klaar = await actie({ id: a.id, status: 'klaar' });
    expect(klaar).toMatchObject({ besluitNummer: 1, activiteitId: activiteit });
    const los = await actie({ id: a.id, activiteitId: null });
    expect(los).toMatchObject({ besluitNummer: 1, activiteitId: null, activiteitTitel: null });
    await session.shutdown();
  });

  it('refuses in Dutch a later besluit, a besluit or activity that does not exist, and ids that are no ids', async () => {
    const { session, invoke, oktober, november, besluit, actie } = await werkgroepMetKeten();
    const later = await besluit(november, 'Besluit van november');
    const fout = async (channel: string, input: Record<string, unknown>) => {
      const r = (await invoke(channel, input)) as { ok: boolean; error?: { code: string; message: string } };
      expect(r.ok).toBe(false);
      return r.error;
    };
    const actieInvoer = (over: Record<string, unknown>) => ({
      bijeenkomstId: oktober.id,
      omschrijving: 'x',
      eigenaar: null,
      deadline: null,
      status: 'open',
      ...over,
    });
    expect(await fout('bijeenkomsten.actieOpslaan', actieInvoer({ besluitId: later?.id }))).toEqual({
      code: 'ONGELDIGE_INVOER',
      message:
        'Besluit 1 is later genomen dan deze bijeenkomst. Kies een besluit van deze of een eerdere bijeenkomst.',
    });
    const onbekend = '01900000-0000-7000-8000-000000000000';
    expect(await fout('bijeenkomsten.actieOpslaan', actieInvoer({ besluitId: onbekend }))).toEqual({
      code: 'NIET_GEVONDEN',
      message: 'Het gekozen besluit bestaat niet (meer).',
    });
    expect(await fout('bijeenkomsten.actieOpslaan', actieInvoer({ activiteitId: onbekend }))).toEqual({
      code: 'NIET_GEVONDEN',
      message: 'De gekozen activiteit uit de planning bestaat niet (meer).',
    });
    expect(
      await fout('bijeenkomsten.besluitOpslaan', {
        bijeenkomstId: oktober.id,
        tekst: 'x',
        activiteitId: onbekend,
      }),
    ).toMatchObject({ message: 'De gekozen activiteit uit de planning bestaat niet (meer).' });
    expect((await fout('bijeenkomsten.actieOpslaan', actieInvoer({ besluitId: 'besluit 1' })))?.code).toBe(
      'ONGELDIGE_INVOER',
    );
    // An action without a meeting may follow from any besluit; moving it to an earlier meeting is checked.
    const a = await actie({ bijeenkomstId: null, besluitId: later?.id });
    expect(a.besluitNummer).toBe(1);
    expect((await fout('bijeenkomsten.actieOpslaan', actieInvoer({ id: a.id })))?.message).toMatch(
      /^Besluit 1 is later genomen/,
    );
    await session.shutdown();
  });

  it('deleting a besluit or an activity unlinks what pointed at it, on disk; undo and the screen’s saves link it again', async () => {
    const { session, data, path, oktober, activiteit, besluit, actie } = await werkgroepMetKeten();
    const b = await besluit(oktober, 'We werven bij werkgevers.', activiteit);
    const a = await actie({ besluitId: b?.id, activiteitId: activiteit });

    await data('bijeenkomsten.besluitVerwijderen', { id: b?.id });
    const zonderBesluit = (await data<Actiepunt[]>('bijeenkomsten.acties', {}))[0];
    expect(zonderBesluit).toMatchObject({ besluitId: null, besluitNummer: null, activiteitId: activiteit });
    await data('werkgroep.herstellen', { soort: 'besluit', id: b?.id });
    // The screen saves each unlinked action again with its besluit (renderer terugzetten.ts).
    await actie({ id: a.id, besluitId: b?.id });
    expect((await data<Actiepunt[]>('bijeenkomsten.acties', {}))[0]?.besluitNummer).toBe(1);

    await data('planning.activiteitVerwijderen', { id: activiteit });
    expect(await data<PlanningVerwijzingen>('planning.verwijzingen', {})).toEqual({
      besluiten: [],
      acties: [],
    });
    await data('werkgroep.herstellen', { soort: 'activiteit', id: activiteit });
    await actie({ id: a.id, activiteitId: activiteit });
    await data('bijeenkomsten.besluitOpslaan', {
      id: b?.id,
      bijeenkomstId: oktober.id,
      tekst: 'We werven bij werkgevers.',
      activiteitId: activiteit,
    });
    const terug = await data<PlanningVerwijzingen>('planning.verwijzingen', {});
    expect([terug.besluiten.length, terug.acties.length]).toEqual([1, 1]);
    await session.shutdown();

    // On disk: the links are plain columns, set again; the delete and its undo are in the audit log.
    const raw = await openRaw(path);
    try {
      const rij = raw.exec('SELECT besluit_id, activiteit_id FROM actiepunt WHERE id = ?', [a.id])[0]
        ?.values[0];
      expect(rij).toEqual([b?.id, activiteit]);
      const log = raw
        .exec(
          "SELECT omschrijving FROM wijziging WHERE omschrijving LIKE 'Besluit %' OR omschrijving LIKE 'Activiteit %' ORDER BY created_at, rowid",
        )[0]
        ?.values.map((r) => r[0]);
      expect(log).toEqual(
        expect.arrayContaining([
          'Besluit verwijderd',
          'Besluit teruggezet (ongedaan maken)',
          'Activiteit verwijderd',
          'Activiteit teruggezet (ongedaan maken)',
        ]),
      );
    } finally {
      raw.close();
    }
  });
});
