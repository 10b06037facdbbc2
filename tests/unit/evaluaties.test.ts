import { beforeAll, describe, expect, it } from 'vitest';
import { maakEvaluatie, vernieuwEvaluatie } from '../../electron/main/services/evaluaties';
import { dashboard, kerncijfers } from '../../electron/main/services/monitoring';
import {
  deleteEvaluatie,
  getEvaluatie,
  listEvaluaties,
  saveEvaluatieTekst,
  verzendEvaluatie,
} from '../../electron/main/store/repositories/evaluaties';
import { saveGroep } from '../../electron/main/store/repositories/groepen';
import {
  deleteLes,
  lessenInPeriode,
  listLessen,
  saveLes,
} from '../../electron/main/store/repositories/lessen';
import { saveUitstroom } from '../../electron/main/store/repositories/voortgang';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { nu, vandaagIso } from '../../shared/klok';
import { nieuweKandidaat } from './helpers/kandidaten';
import { thrown } from './helpers/temp';
import { regioDb, voorbeeldDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const JAAR = { van: '2026-01-01', tot: '2026-12-31' };

function werkgroep() {
  const db = regioDb(SQL);
  const groep = saveGroep(db, {
    naam: 'Groep 1',
    startdatum: '2026-02-01',
    terugkoppeldatum: null,
    organisatieIds: [],
  });
  const a = nieuweKandidaat(db, { groepId: groep, startdatum: '2026-02-01' });
  nieuweKandidaat(db, { groepId: groep, startdatum: '2026-02-01' });
  saveUitstroom(db, {
    kandidaatId: a,
    soort: 'regulier_werk',
    datum: '2026-06-01',
    toelichting: null,
    na6Maanden: null,
    na12Maanden: null,
  });
  saveLes(
    db,
    { groepId: groep, soort: 'werkt', datum: '2026-03-01', tekst: 'Vaste begeleider' },
    'Secretaris',
  );
  saveLes(db, { groepId: null, soort: 'levert_op', datum: '2026-04-01', tekst: 'Eerste baan' }, 'Voorzitter');
  saveLes(db, { groepId: null, soort: 'werkt', datum: '2025-04-01', tekst: 'Vorig jaar' }, 'Voorzitter');
  return { db, groep };
}

describe('lessen', () => {
  it('of a period: the werkgroep lessons and those of the chosen group; the author is kept', () => {
    const { db, groep } = werkgroep();
    expect(
      lessenInPeriode(db, JAAR.van, JAAR.tot, groep).map((l) => [l.tekst, l.auteur, l.groepNaam]),
    ).toEqual([
      ['Eerste baan', 'Voorzitter', null],
      ['Vaste begeleider', 'Secretaris', 'Groep 1'],
    ]);
    const weg = listLessen(db).find((l) => l.tekst === 'Vorig jaar')?.id as string;
    deleteLes(db, weg);
    expect(listLessen(db).map((l) => l.tekst)).not.toContain('Vorig jaar');
  });
});

describe('evaluaties', () => {
  it('freeze the figures and lessons: a later change does not rewrite them', () => {
    const { db, groep } = werkgroep();
    const id = maakEvaluatie(db, { titel: 'Groep 1', ...JAAR, groepId: groep }, '2026-11-01T10:00:00.000Z');
    const voor = getEvaluatie(db, id);
    expect(voor.cijfers.kandidaten.totaal).toBe(2);
    expect(voor.cijfers.uitstroom.find((r) => r.categorie === 'betaald_werk')?.aantal).toBe(1);
    expect(voor.lessen).toHaveLength(2);

    nieuweKandidaat(db, { groepId: groep, startdatum: '2026-03-01' });
    saveLes(
      db,
      { groepId: groep, soort: 'geeft_energie', datum: '2026-05-01', tekst: 'Later' },
      'Secretaris',
    );
    expect(kerncijfers(db, JAAR, groep).kandidaten.totaal).toBe(3);
    expect(getEvaluatie(db, id)).toEqual(voor);

    // A concept can be refreshed on purpose.
    vernieuwEvaluatie(db, id, '2026-11-02T10:00:00.000Z');
    const na = getEvaluatie(db, id);
    expect(na.cijfers.kandidaten.totaal).toBe(3);
    expect(na.lessen).toHaveLength(3);
    expect(na.vastgelegdOp).toBe('2026-11-02T10:00:00.000Z');
  });

  it('once sent to the FO it cannot be changed, refreshed or removed', () => {
    const { db } = werkgroep();
    const id = maakEvaluatie(db, { titel: 'Jaar', ...JAAR, groepId: null });
    saveEvaluatieTekst(db, id, { titel: 'Jaar 2026', conclusies: 'Het werkt.', voorstellen: null });
    verzendEvaluatie(db, id, '2026-11-23');
    expect(listEvaluaties(db)).toMatchObject([
      { titel: 'Jaar 2026', status: 'verzonden', verzondenOp: '2026-11-23' },
    ]);
    for (const poging of [
      () => saveEvaluatieTekst(db, id, { titel: 'Anders', conclusies: null, voorstellen: null }),
      () => vernieuwEvaluatie(db, id),
      () => verzendEvaluatie(db, id, '2026-11-24'),
      () => deleteEvaluatie(db, id),
    ])
      expect(thrown(poging).message).toMatch(/al naar de FO gestuurd/);
    expect(getEvaluatie(db, id).conclusies).toBe('Het werkt.');
  });

  it('a snapshot holds no candidate code or name', () => {
    const { db, groep } = werkgroep();
    db.run("UPDATE kandidaat SET naam = 'Zwaantje Canarievogel'");
    const codes = db.all<{ code: string }>('SELECT code FROM kandidaat').map((k) => k.code);
    const json = db.get<{ j: string }>('SELECT momentopname_json AS j FROM evaluatie WHERE id = ?', [
      maakEvaluatie(db, { titel: 'x', ...JAAR, groepId: groep }),
    ])?.j as string;
    expect(json).not.toContain('Canarievogel');
    for (const code of codes) expect(json).not.toContain(code);
  });
});

describe('dashboard on the example werkgroep', () => {
  it('has candidates, an outcome into paid work, open actions and the sent evaluation', () => {
    const db = voorbeeldDb(SQL);
    const jaar = nu().getFullYear();
    const vandaag = vandaagIso();
    const d = dashboard(db, { van: `${jaar - 1}-01-01`, tot: `${jaar}-12-31` }, null, vandaag);
    expect(d.kandidaten.totaal).toBeGreaterThan(5);
    expect(d.uitstroom.find((r) => r.categorie === 'betaald_werk')?.aantal).toBeGreaterThan(0);
    expect(d.acties.open).toBeGreaterThan(0);
    expect(d.inventarisatie?.totaal).toBeGreaterThan(0);
    expect(listEvaluaties(db)).toMatchObject([{ titel: 'Evaluatie groep 1', status: 'verzonden' }]);
    expect(listLessen(db).length).toBeGreaterThanOrEqual(4);
  });
});
