import type {
  AanbodOptie,
  AntwoordWaarde,
  DeelnameStatus,
  Ronde,
  RondeResultaten,
  Sectie,
  Sjabloon,
} from '../../../../shared/domain/inventarisatie';
import {
  alleVragen,
  antwoordAlsTekst,
  controleerVerplicht,
  controleerWaarde,
} from '../../../../shared/domain/inventarisatie-antwoorden';
import type { TeHerinneren } from '../../../../shared/domain/inventarisatie-herinneren';
import { lokaleDag, nuIso, vandaagIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface SjabloonRow {
  id: string;
  naam: string;
  versie: number;
  secties_json: string;
  rondes: number;
}

const SJABLOON = `
  SELECT s.id, s.naam, s.versie, s.secties_json,
         (SELECT COUNT(*) FROM inventarisatie_ronde r WHERE r.sjabloon_id = s.id AND r.deleted_at IS NULL) AS rondes
    FROM formulier_sjabloon s WHERE s.deleted_at IS NULL`;

const toSjabloon = (r: SjabloonRow): Sjabloon => ({
  id: r.id,
  naam: r.naam,
  versie: r.versie,
  secties: JSON.parse(r.secties_json) as Sectie[],
  rondes: r.rondes,
});

/** All template versions, newest version first within each name. */
export function listSjablonen(db: Db): Sjabloon[] {
  return db.all<SjabloonRow>(`${SJABLOON} ORDER BY s.naam COLLATE NOCASE, s.versie DESC`).map(toSjabloon);
}

export function getSjabloon(db: Db, id: string): Sjabloon {
  const row = db.get<SjabloonRow>(`${SJABLOON} AND s.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Dit formulier bestaat niet (meer).');
  return toSjabloon(row);
}

/**
 * Saves a template. A version no round uses yet is edited in place; a version a round was sent
 * with stays as it is and the change becomes the next version, so answers keep their questions.
 */
export function slaSjabloonOp(db: Db, inhoud: { naam: string; secties: Sectie[] }, id?: string): string {
  const sleutels = alleVragen(inhoud.secties).map((v) => v.sleutel);
  if (new Set(sleutels).size !== sleutels.length)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Twee vragen hebben dezelfde sleutel; geef elke vraag een eigen sleutel.',
    );
  const secties_json = JSON.stringify(inhoud.secties);
  if (id) {
    const huidig = getSjabloon(db, id);
    if (huidig.rondes === 0 && huidig.naam === inhoud.naam) {
      db.update('formulier_sjabloon', id, { secties_json });
      return id;
    }
  }
  const laatste = db.get<{ v: number | null }>(
    'SELECT MAX(versie) AS v FROM formulier_sjabloon WHERE naam = ? AND deleted_at IS NULL',
    [inhoud.naam],
  );
  return db.insert('formulier_sjabloon', { naam: inhoud.naam, versie: (laatste?.v ?? 0) + 1, secties_json });
}

interface RondeRow {
  id: string;
  naam: string;
  sjabloon_id: string;
  sjabloon: string;
  sjabloon_versie: number;
  deadline: string | null;
}

const RONDE = `
  SELECT r.id, r.naam, r.sjabloon_id, s.naam AS sjabloon, s.versie AS sjabloon_versie, r.deadline
    FROM inventarisatie_ronde r JOIN formulier_sjabloon s ON s.id = r.sjabloon_id
   WHERE r.deleted_at IS NULL`;

function deelnames(db: Db, rondeId: string) {
  return db.all<Ronde['deelnames'][number]>(
    `SELECT d.organisatie_id AS organisatieId, o.naam AS organisatie, d.status,
            d.formulier_gemaakt_op AS formulierGemaaktOp, d.verstuurd_op AS verstuurdOp, d.ontvangen_op AS ontvangenOp
       FROM ronde_deelname d JOIN organisatie o ON o.id = d.organisatie_id
      WHERE d.ronde_id = ? AND d.deleted_at IS NULL ORDER BY o.naam COLLATE NOCASE`,
    [rondeId],
  );
}

const toRonde = (db: Db, r: RondeRow): Ronde => ({
  id: r.id,
  naam: r.naam,
  sjabloonId: r.sjabloon_id,
  sjabloon: r.sjabloon,
  sjabloonVersie: r.sjabloon_versie,
  deadline: r.deadline,
  deelnames: deelnames(db, r.id),
});

/** Rounds, most recent first. */
export function listRondes(db: Db): Ronde[] {
  return db.all<RondeRow>(`${RONDE} ORDER BY r.created_at DESC, r.rowid DESC`).map((r) => toRonde(db, r));
}

export function getRonde(db: Db, id: string): Ronde {
  const row = db.get<RondeRow>(`${RONDE} AND r.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze inventarisatieronde bestaat niet (meer).');
  return toRonde(db, row);
}

export function rondeMetNaam(db: Db, naam: string): Ronde | undefined {
  const row = db.get<RondeRow>(`${RONDE} AND r.naam = ? COLLATE NOCASE`, [naam]);
  return row ? toRonde(db, row) : undefined;
}

const heeftAntwoorden = (db: Db, rondeId: string, organisatieId?: string) =>
  db.get(
    `SELECT 1 FROM inventarisatie_antwoord WHERE ronde_id = ? AND deleted_at IS NULL ${organisatieId ? 'AND organisatie_id = ?' : ''}`,
    organisatieId ? [rondeId, organisatieId] : [rondeId],
  ) !== undefined;

export interface RondeGegevens {
  naam: string;
  sjabloonId: string;
  deadline: string | null;
  organisatieIds: string[];
}

/** Adds or changes a round. Answers already given are never dropped by an edit: that is refused. */
export function saveRonde(db: Db, data: RondeGegevens, id?: string): string {
  if (
    db.get(
      'SELECT 1 FROM inventarisatie_ronde WHERE naam = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
      [data.naam, id ?? null],
    )
  )
    throw new AppFault('ONGELDIGE_INVOER', `Er is al een ronde met de naam "${data.naam}".`);
  getSjabloon(db, data.sjabloonId);
  for (const organisatieId of data.organisatieIds)
    if (
      !db.get("SELECT 1 FROM organisatie WHERE id = ? AND deleted_at IS NULL AND soort <> 'gemeente'", [
        organisatieId,
      ])
    )
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Een gekozen organisatie bestaat niet (meer) of is een gemeente.',
      );
  const values = { naam: data.naam, sjabloon_id: data.sjabloonId, deadline: data.deadline };
  if (!id) {
    const rondeId = db.insert('inventarisatie_ronde', values);
    for (const organisatie_id of data.organisatieIds)
      db.insert('ronde_deelname', { ronde_id: rondeId, organisatie_id, status: 'uitgezet' });
    return rondeId;
  }
  const huidig = getRonde(db, id);
  if (huidig.sjabloonId !== data.sjabloonId && heeftAntwoorden(db, id))
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Er zijn al antwoorden binnen; het formulier van deze ronde kan niet meer wisselen.',
    );
  const weg = huidig.deelnames.filter((d) => !data.organisatieIds.includes(d.organisatieId));
  const metAntwoord = weg.find((d) => heeftAntwoorden(db, id, d.organisatieId));
  if (metAntwoord)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `${metAntwoord.organisatie} heeft al geantwoord en blijft in de ronde.`,
    );
  db.update('inventarisatie_ronde', id, values);
  const now = nuIso();
  for (const d of weg)
    db.run(
      'UPDATE ronde_deelname SET deleted_at = ?, updated_at = ? WHERE ronde_id = ? AND organisatie_id = ? AND deleted_at IS NULL',
      [now, now, id, d.organisatieId],
    );
  for (const organisatie_id of data.organisatieIds.filter(
    (o) => !huidig.deelnames.some((d) => d.organisatieId === o),
  ))
    db.insert('ronde_deelname', { ronde_id: id, organisatie_id, status: 'uitgezet' });
  return id;
}

function deelnameId(db: Db, rondeId: string, organisatieId: string): string {
  const row = db.get<{ id: string }>(
    'SELECT id FROM ronde_deelname WHERE ronde_id = ? AND organisatie_id = ? AND deleted_at IS NULL',
    [rondeId, organisatieId],
  );
  if (!row) throw new AppFault('ONGELDIGE_INVOER', 'Deze organisatie is in deze ronde niet gevraagd.');
  return row.id;
}

export function zetDeelnameStatus(
  db: Db,
  rondeId: string,
  organisatieId: string,
  status: DeelnameStatus,
): void {
  const id = deelnameId(db, rondeId, organisatieId);
  db.update('ronde_deelname', id, status === 'uitgezet' ? { status, ontvangen_op: null } : { status });
}

/** Stamps the day forms were made for these organisations; the first day stays (a reminder is no first form). */
export function markeerFormulierenGemaakt(
  db: Db,
  rondeId: string,
  organisatieIds: string[],
  dag = vandaagIso(),
): void {
  for (const organisatieId of organisatieIds) {
    const id = deelnameId(db, rondeId, organisatieId);
    db.run(
      'UPDATE ronde_deelname SET formulier_gemaakt_op = ?, updated_at = ? WHERE id = ? AND formulier_gemaakt_op IS NULL',
      [dag, nuIso(), id],
    );
  }
}

/** "Verstuurd" for the whole round (the user sent the forms); organisations already stamped keep their day. */
export function markeerVerstuurd(db: Db, rondeId: string, dag = vandaagIso()): void {
  getRonde(db, rondeId);
  db.run(
    `UPDATE ronde_deelname SET verstuurd_op = ?, updated_at = ?
      WHERE ronde_id = ? AND deleted_at IS NULL AND verstuurd_op IS NULL`,
    [dag, nuIso(), rondeId],
  );
}

/** Who in the round has not answered, with the organisation's contact address. */
export function teHerinneren(db: Db, rondeId: string): TeHerinneren[] {
  getRonde(db, rondeId);
  return db.all<TeHerinneren>(
    `SELECT d.organisatie_id AS organisatieId, o.naam AS organisatie, NULLIF(TRIM(o.email), '') AS email
       FROM ronde_deelname d JOIN organisatie o ON o.id = d.organisatie_id
      WHERE d.ronde_id = ? AND d.deleted_at IS NULL AND d.status = 'uitgezet'
      ORDER BY o.naam COLLATE NOCASE`,
    [rondeId],
  );
}

/** The answers of one organisation in a round, by question key. */
export function getAntwoorden(
  db: Db,
  rondeId: string,
  organisatieId: string,
): Record<string, AntwoordWaarde> {
  const rows = db.all<{ sleutel: string; waarde_json: string }>(
    'SELECT sleutel, waarde_json FROM inventarisatie_antwoord WHERE ronde_id = ? AND organisatie_id = ? AND deleted_at IS NULL',
    [rondeId, organisatieId],
  );
  return Object.fromEntries(rows.map((r) => [r.sleutel, JSON.parse(r.waarde_json) as AntwoordWaarde]));
}

/**
 * Stores an organisation's answers as a whole, checked against the round's template version:
 * every key must be a question, every value must fit it, required questions must be answered.
 * The first answer marks the organisation as "ontvangen".
 */
export function slaAntwoordenOp(
  db: Db,
  rondeId: string,
  organisatieId: string,
  antwoorden: Record<string, AntwoordWaarde | null>,
): void {
  const ronde = getRonde(db, rondeId);
  const deelname = deelnameId(db, rondeId, organisatieId);
  const vragen = alleVragen(getSjabloon(db, ronde.sjabloonId).secties);
  const fouten: string[] = [];
  for (const sleutel of Object.keys(antwoorden))
    if (!vragen.some((v) => v.sleutel === sleutel)) fouten.push(`Onbekende vraag "${sleutel}".`);
  for (const vraag of vragen) {
    const waarde = antwoorden[vraag.sleutel] ?? null;
    const fout = waarde ? controleerWaarde(vraag, waarde) : controleerVerplicht(vraag, null);
    if (fout) fouten.push(fout);
  }
  if (fouten.length) throw new AppFault('ONGELDIGE_INVOER', fouten.join(' '));
  const now = nuIso();
  db.run(
    'UPDATE inventarisatie_antwoord SET deleted_at = ?, updated_at = ? WHERE ronde_id = ? AND organisatie_id = ? AND deleted_at IS NULL',
    [now, now, rondeId, organisatieId],
  );
  for (const vraag of vragen) {
    const waarde = antwoorden[vraag.sleutel];
    if (waarde)
      db.insert(
        'inventarisatie_antwoord',
        {
          ronde_id: rondeId,
          organisatie_id: organisatieId,
          sleutel: vraag.sleutel,
          waarde_json: JSON.stringify(waarde),
        },
        now,
      );
  }
  const status = ronde.deelnames.find((d) => d.organisatieId === organisatieId)?.status;
  if (status === 'uitgezet')
    db.update('ronde_deelname', deelname, { status: 'ontvangen', ontvangen_op: lokaleDag(now) });
}

/** The round summed up for the FO: the menukaart matrix with totals, response and open answers. */
export function rondeResultaten(db: Db, rondeId: string): RondeResultaten {
  const ronde = getRonde(db, rondeId);
  const vragen = alleVragen(getSjabloon(db, ronde.sjabloonId).secties);
  const opties: AanbodOptie[] = vragen.filter((v) => v.soort === 'aanbod').flatMap((v) => v.opties);
  const beantwoord = ronde.deelnames.filter((d) => d.status !== 'uitgezet');
  // Every answer of the round in one query (not one per organisation), by organisation.
  const alle = new Map<string, Record<string, AntwoordWaarde>>();
  for (const r of db.all<{ organisatie_id: string; sleutel: string; waarde_json: string }>(
    'SELECT organisatie_id, sleutel, waarde_json FROM inventarisatie_antwoord WHERE ronde_id = ? AND deleted_at IS NULL',
    [rondeId],
  )) {
    const eigen = alle.get(r.organisatie_id) ?? {};
    eigen[r.sleutel] = JSON.parse(r.waarde_json) as AntwoordWaarde;
    alle.set(r.organisatie_id, eigen);
  }
  const perOrganisatie = beantwoord.map((d) => ({ d, antwoorden: alle.get(d.organisatieId) ?? {} }));
  const totalen: RondeResultaten['totalen'] = Object.fromEntries(
    opties.map((o) => [o.code, { organisaties: 0, plaatsen: 0 }]),
  );
  const matrix = perOrganisatie.map(({ d, antwoorden }) => {
    const aanbod: Record<string, number | null> = Object.fromEntries(opties.map((o) => [o.code, null]));
    for (const waarde of Object.values(antwoorden)) {
      if (waarde.soort !== 'aanbod') continue;
      for (const a of waarde.aanbod) {
        aanbod[a.code] = a.plaatsen ?? 0;
        const totaal = totalen[a.code];
        if (totaal) {
          totaal.organisaties += 1;
          totaal.plaatsen += a.plaatsen ?? 0;
        }
      }
    }
    return { organisatieId: d.organisatieId, organisatie: d.organisatie, aanbod };
  });
  const antwoorden = vragen
    .filter((v) => v.soort !== 'aanbod')
    .map((v) => ({
      sleutel: v.sleutel,
      vraag: v.tekst,
      soort: v.soort,
      per: perOrganisatie
        .map(({ d, antwoorden: a }) => ({
          organisatie: d.organisatie,
          tekst: antwoordAlsTekst(v, a[v.sleutel] ?? null),
        }))
        .filter((p) => p.tekst !== ''),
    }));
  const responsBp =
    ronde.deelnames.length === 0 ? 0 : Math.round((beantwoord.length / ronde.deelnames.length) * 10_000);
  return { ronde, responsBp, opties, matrix, totalen, antwoorden };
}
