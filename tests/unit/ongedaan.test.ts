import { describe, expect, it } from 'vitest';
import type { Kandidaat } from '../../shared/domain/kandidaten';
import type { Planning } from '../../shared/domain/planning';
import { afgerondeBaan, kandidaatGegevens } from './helpers/kandidaten';
import { ipcWerkgroep } from './helpers/sroi';
import { openRaw, scalar } from './helpers/temp';
import { gemeenteId } from './helpers/werkgroep-db';

/** Undo of a delete over IPC, on a real file: `werkgroep.herstellen`. */
describe('werkgroep.herstellen brings a deleted record back', () => {
  it('clears the tombstone on disk, logs the change, and refuses to do it twice', async () => {
    const { session, invoke, data, path } = await ipcWerkgroep();
    const na = await data<Planning>('planning.mijlpaalOpslaan', {
      naam: 'Startbijeenkomst',
      datum: '2027-03-15',
    });
    const id = na.mijlpalen[0]?.id ?? '';
    await data('planning.mijlpaalVerwijderen', { id });
    expect((await data<Planning>('planning.ophalen', {})).mijlpalen).toEqual([]);

    expect(await data('werkgroep.herstellen', { soort: 'mijlpaal', id })).toBeNull();
    expect((await data<Planning>('planning.ophalen', {})).mijlpalen.map((m) => m.naam)).toEqual([
      'Startbijeenkomst',
    ]);
    expect(await invoke('werkgroep.herstellen', { soort: 'mijlpaal', id })).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Deze mijlpaal is niet verwijderd; er is niets teruggezet.',
      },
    });
    await session.shutdown();

    const raw = await openRaw(path);
    try {
      expect(scalar(raw, 'SELECT deleted_at FROM mijlpaal WHERE id = ?', [id])).toBeNull();
      const regels = raw.exec(
        'SELECT soort, omschrijving, actie, object_id FROM wijziging WHERE object_id = ? ORDER BY created_at, rowid',
        [id],
      )[0]?.values;
      expect(regels?.map((r) => r[1])).toEqual([
        'Mijlpaal toegevoegd',
        'Mijlpaal verwijderd',
        'Mijlpaal teruggezet (ongedaan maken)',
      ]);
      expect(regels?.[2]).toEqual(['planning', 'Mijlpaal teruggezet (ongedaan maken)', 'wijzigen', id]);
    } finally {
      raw.close();
    }
  });

  it('an activity comes back in its phase; one whose phase is gone is refused and stays deleted', async () => {
    const { session, invoke, data } = await ipcWerkgroep();
    const fase = (await data<Planning>('planning.faseOpslaan', { naam: 'Inventarisatie' })).fasen[0];
    const activiteit = (a: Record<string, unknown>) => ({
      faseId: fase?.id,
      eigenaar: null,
      status: 'gepland',
      afhankelijkVan: null,
      ...a,
    });
    const p = await data<Planning>(
      'planning.activiteitOpslaan',
      activiteit({ titel: 'Formulier rondsturen', startMaand: '2027-02', eindMaand: '2027-03' }),
    );
    const id = p.fasen[0]?.activiteiten[0]?.id ?? '';
    await data('planning.activiteitVerwijderen', { id });
    await data('werkgroep.herstellen', { soort: 'activiteit', id });
    const terug = (await data<Planning>('planning.ophalen', {})).fasen[0]?.activiteiten[0];
    expect(terug).toMatchObject({
      id,
      titel: 'Formulier rondsturen',
      startMaand: '2027-02',
      eindMaand: '2027-03',
    });

    await data('planning.activiteitVerwijderen', { id });
    await data('planning.faseVerwijderen', { id: fase?.id });
    expect(await invoke('werkgroep.herstellen', { soort: 'activiteit', id })).toEqual({
      ok: false,
      error: {
        code: 'NIET_GEVONDEN',
        message: 'De fase van deze activiteit is verwijderd; zet eerst de fase terug.',
      },
    });
    expect(
      session.requireFile().db.get('SELECT deleted_at FROM planning_activiteit WHERE id = ?', [id]),
    ).not.toEqual({
      deleted_at: null,
    });
    await session.shutdown();
  });

  it('is refused for a realisation of a candidate erased under the AVG: the erasure stays final', async () => {
    const { session, invoke, data, zorg } = await ipcWerkgroep();
    await data('sroi.waarderingKiezen', { preset: 'utrecht' });
    const db = () => session.requireFile().db;
    const kandidaat = await data<Kandidaat>(
      'kandidaten.opslaan',
      kandidaatGegevens({
        naam: 'Gerbranda Zeekoet',
        uitkering: 'participatiewet_lang',
        gemeenteId: gemeenteId(db(), 'Goes'),
        startdatum: '2026-01-01',
      }),
    );
    await data('kandidaten.stapOpslaan', afgerondeBaan(db(), kandidaat.id, { organisatieId: zorg }));
    const realisatie =
      db().get<{ id: string }>("SELECT id FROM realisatie WHERE bron = 'leerlijn'")?.id ?? '';
    expect(realisatie).not.toBe('');
    await data('sroi.realisatieVerwijderen', { id: realisatie });
    await data('kandidaten.avgVerwijderen', { id: kandidaat.id, bevestiging: kandidaat.code });

    const logVoor = Number(db().get<{ n: number }>('SELECT COUNT(*) AS n FROM wijziging')?.n);
    expect(await invoke('werkgroep.herstellen', { soort: 'realisatie', id: realisatie })).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message:
          'Deze realisatie hoorde bij een kandidaat die volgens de AVG is verwijderd; dat is definitief en kan niet ongedaan worden gemaakt.',
      },
    });
    expect(
      db().get<{ d: string | null }>('SELECT deleted_at AS d FROM realisatie WHERE id = ?', [realisatie])?.d,
    ).not.toBeNull();
    // A refused write rolls back entirely: no log line claims it happened.
    expect(Number(db().get<{ n: number }>('SELECT COUNT(*) AS n FROM wijziging')?.n)).toBe(logVoor);
    await session.shutdown();
  });

  it('a kind of record outside the list (a step, deleted for real) is refused at the door', async () => {
    const { session, invoke } = await ipcWerkgroep();
    const r = await invoke('werkgroep.herstellen', {
      soort: 'stap',
      id: '0190a2b4-0000-7000-8000-000000000001',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER' } });
    await session.shutdown();
  });
});
