import { beforeAll, describe, expect, test } from 'vitest';
import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { KANDIDAAT_STATUSSEN, STAP_STATUSSEN } from '../../shared/domain/kandidaten';
import { kandidaatStatusNaStap } from '../../shared/domain/leerlijn-status';
import { nieuweKandidaat, nieuweStap } from './helpers/kandidaten';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

describe('a running leerlijn step and a candidate still Aangemeld', () => {
  test('only Aangemeld with a running or finished step changes, and it becomes Actief', () => {
    const veranderd = KANDIDAAT_STATUSSEN.flatMap((k) =>
      STAP_STATUSSEN.map((s) => [k, s, kandidaatStatusNaStap(k, s)] as const).filter(([, , na]) => na),
    );
    expect(veranderd).toEqual([
      ['aangemeld', 'lopend', 'actief'],
      ['aangemeld', 'afgerond', 'actief'],
    ]);
  });

  test('saving a running step moves the candidate to Actief in the file; a planned step does not', () => {
    const db = regioDb(SQL);
    const id = nieuweKandidaat(db, { status: 'aangemeld' });
    nieuweStap(db, id, 'intake', { status: 'gepland' });
    expect(getKandidaat(db, id).status).toBe('aangemeld');
    nieuweStap(db, id, 'intake', { status: 'lopend', start: '2026-03-02' });
    expect(getKandidaat(db, id).status).toBe('actief');
    // The candidate list (read from the derived stand) follows too.
    expect(listKandidaten(db, { metNamen: false }).find((k) => k.id === id)?.status).toBe('actief');
  });

  test('a candidate who left (Gestopt) keeps that status when an old step is entered as running', () => {
    const db = regioDb(SQL);
    const id = nieuweKandidaat(db, { status: 'gestopt', einddatum: '2026-01-31' });
    nieuweStap(db, id, 'intake', { status: 'lopend', start: '2025-11-03' });
    expect(getKandidaat(db, id)).toMatchObject({ status: 'gestopt', einddatum: '2026-01-31' });
  });
});
