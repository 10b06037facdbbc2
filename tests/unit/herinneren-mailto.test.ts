import { beforeAll, describe, expect, test } from 'vitest';
import { herinneringMailto, herinnerlijst } from '../../electron/main/services/herinneren';
import type { Db } from '../../electron/main/store/database';
import {
  listRondes,
  markeerFormulierenGemaakt,
  markeerVerstuurd,
  saveRonde,
} from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { rondeFase } from '../../shared/domain/inventarisatie-herinneren';
import { voorbeeldDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const ronde = (db: Db) => {
  const r = listRondes(db)[0];
  if (!r) throw new Error('Het voorbeeld heeft geen ronde.');
  return r;
};

describe('the reminder on the example werkgroep (a real sql.js database)', () => {
  test('lists only who has not answered, with the organisation contact address', () => {
    const db = voorbeeldDb(SQL);
    const r = ronde(db);
    const lijst = herinnerlijst(db, r.id);
    const open = r.deelnames.filter((d) => d.status === 'uitgezet');
    expect(open.length).toBeGreaterThan(0);
    expect(lijst.ontvangers.map((o) => o.organisatieId)).toEqual(open.map((d) => d.organisatieId));
    const email = db.get<{ email: string }>('SELECT email FROM organisatie WHERE id = ?', [
      open[0]?.organisatieId ?? '',
    ])?.email;
    expect(lijst.ontvangers[0]?.email).toBe(email);
  });

  test('the mailto: carries no personal data of candidates, only the organisation address', () => {
    const db = voorbeeldDb(SQL);
    const { url } = herinneringMailto(db, ronde(db).id, null);
    expect(url.startsWith('mailto:?bcc=')).toBe(true);
    const decoded = decodeURIComponent(url);
    const kandidaten = db.all<{ code: string }>('SELECT code FROM kandidaat');
    expect(kandidaten.length).toBeGreaterThan(0);
    for (const k of kandidaten) expect(decoded).not.toContain(k.code);
    expect(decoded).not.toMatch(/K-\d{4}/);
    const contactpersonen = db.all<{ c: string }>(
      'SELECT contactpersoon AS c FROM organisatie WHERE contactpersoon IS NOT NULL',
    );
    for (const c of contactpersonen) expect(decoded).not.toContain(c.c);
  });

  test('an organisation without an address cannot be mailed, one that answered is refused', () => {
    const db = voorbeeldDb(SQL);
    const r = ronde(db);
    const open = r.deelnames.find((d) => d.status === 'uitgezet');
    const klaar = r.deelnames.find((d) => d.status !== 'uitgezet');
    db.run('UPDATE organisatie SET email = NULL WHERE id = ?', [open?.organisatieId ?? '']);
    expect(
      herinnerlijst(db, r.id).ontvangers.find((o) => o.organisatieId === open?.organisatieId)?.email,
    ).toBeNull();
    expect(() => herinneringMailto(db, r.id, open?.organisatieId ?? '')).toThrow(/geen e-mailadres/);
    expect(() => herinneringMailto(db, r.id, klaar?.organisatieId ?? '')).toThrow(/al geantwoord/);
  });

  test('a new round is a concept until forms are made or it is marked sent; dates are kept once set', () => {
    const db = voorbeeldDb(SQL);
    const r = ronde(db);
    const ids = r.deelnames.map((d) => d.organisatieId);
    const nieuw = saveRonde(db, {
      naam: 'Najaar',
      sjabloonId: r.sjabloonId,
      deadline: null,
      organisatieIds: ids,
    });
    const lees = () => listRondes(db).find((x) => x.id === nieuw);
    expect(rondeFase(lees() ?? r)).toBe('concept');
    markeerFormulierenGemaakt(db, nieuw, ids.slice(0, 1), '2026-10-01');
    markeerFormulierenGemaakt(db, nieuw, ids, '2026-10-05');
    const gemaakt = Object.fromEntries(
      lees()?.deelnames.map((d) => [d.organisatieId, d.formulierGemaaktOp]) ?? [],
    );
    expect(ids.map((id) => gemaakt[id])).toEqual(ids.map((_, i) => (i === 0 ? '2026-10-01' : '2026-10-05')));
    expect(rondeFase(lees() ?? r)).toBe('uitgezet');
    markeerVerstuurd(db, nieuw, '2026-10-06');
    markeerVerstuurd(db, nieuw, '2026-10-09');
    expect(new Set(lees()?.deelnames.map((d) => d.verstuurdOp))).toEqual(new Set(['2026-10-06']));
  });
});
