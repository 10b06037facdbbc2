import type { Realisatie } from '../../../../shared/domain/realisaties';
import {
  type Bonus,
  type Doelgroep,
  type Waardering,
  waardeerPlaatsing,
  waardeerUren,
} from '../../../../shared/domain/waardering';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { actieveTabel, getMenukaartOptie } from './waardering';

interface Row {
  id: string;
  opdrachtnemer_id: string;
  opdrachtnemer: string;
  contract_id: string | null;
  contract: string | null;
  menukaart_optie_id: string;
  optie: string;
  waardering: Realisatie['waardering'];
  datum: string;
  omschrijving: string;
  doelgroep: Doelgroep | null;
  uren_per_week: number | null;
  maanden: number | null;
  bonussen_json: string;
  uren: number | null;
  waarde_cent: number;
  waarderingstabel_id: string | null;
  tabel_naam: string | null;
  tabel_versie: number | null;
  uitleg: string;
  bron: Realisatie['bron'];
}

const SELECT = `
  SELECT r.id, r.opdrachtnemer_id, o.naam AS opdrachtnemer, r.contract_id, c.naam AS contract,
         r.menukaart_optie_id, m.naam AS optie, m.waardering, r.datum, r.omschrijving, r.doelgroep,
         r.uren_per_week, r.maanden, r.bonussen_json, r.uren, r.waarde_cent, r.waarderingstabel_id,
         t.naam AS tabel_naam, t.versie AS tabel_versie, r.uitleg, r.bron
    FROM realisatie r
    JOIN organisatie o ON o.id = r.opdrachtnemer_id
    JOIN menukaart_optie m ON m.id = r.menukaart_optie_id
    LEFT JOIN contract c ON c.id = r.contract_id
    LEFT JOIN waarderingstabel t ON t.id = r.waarderingstabel_id
   WHERE r.deleted_at IS NULL`;

const toRealisatie = (r: Row): Realisatie => ({
  id: r.id,
  opdrachtnemerId: r.opdrachtnemer_id,
  opdrachtnemer: r.opdrachtnemer,
  contractId: r.contract_id,
  contract: r.contract,
  menukaartOptieId: r.menukaart_optie_id,
  optie: r.optie,
  waardering: r.waardering,
  datum: r.datum,
  omschrijving: r.omschrijving,
  doelgroep: r.doelgroep,
  urenPerWeek: r.uren_per_week,
  maanden: r.maanden,
  bonussen: JSON.parse(r.bonussen_json) as Bonus[],
  uren: r.uren,
  waardeCent: r.waarde_cent,
  waarderingstabelId: r.waarderingstabel_id,
  tabel: r.tabel_naam === null ? null : `${r.tabel_naam} (versie ${r.tabel_versie})`,
  uitleg: r.uitleg,
  bron: r.bron,
});

/** Realisations by date, newest first; within [van, tot] when given. */
export function listRealisaties(db: Db, periode?: { van: string; tot: string }): Realisatie[] {
  const where = periode ? ' AND r.datum BETWEEN ? AND ?' : '';
  return db
    .all<Row>(
      `${SELECT}${where} ORDER BY r.datum DESC, o.naam COLLATE NOCASE`,
      periode ? [periode.van, periode.tot] : [],
    )
    .map(toRealisatie);
}

export function getRealisatie(db: Db, id: string): Realisatie {
  const row = db.get<Row>(`${SELECT} AND r.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze realisatie bestaat niet (meer).');
  return toRealisatie(row);
}

export interface RealisatieGegevens {
  opdrachtnemerId: string;
  contractId: string | null;
  menukaartOptieId: string;
  datum: string;
  omschrijving: string;
  doelgroep: Doelgroep | null;
  urenPerWeek: number | null;
  maanden: number | null;
  bonussen: Bonus[];
  uren: number | null;
}

/** What the option asks for, checked here because only the stored option knows how it is valued. */
function waardeer(db: Db, data: RealisatieGegevens): Waardering & { tabelId: string | null } {
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  if (optie.waardering === 'geen')
    return { waardeCent: 0, uitleg: `"${optie.naam}" telt niet als SROI-prestatie.`, tabelId: null };
  const tabel = actieveTabel(db);
  if (!tabel)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Kies eerst een waarderingstabel (SROI → Waardering); zonder tabel is er geen waarde te berekenen.',
    );
  if (optie.waardering === 'uren') {
    if (data.uren === null) throw new AppFault('ONGELDIGE_INVOER', 'Vul het aantal uren in.');
    return { ...waardeerUren(data.uren, tabel), tabelId: tabel.id };
  }
  if (data.doelgroep === null || data.urenPerWeek === null || data.maanden === null)
    throw new AppFault('ONGELDIGE_INVOER', 'Vul de doelgroep, de uren per week en het aantal maanden in.');
  const plaatsing = {
    doelgroep: data.doelgroep,
    urenPerWeek: data.urenPerWeek,
    maanden: data.maanden,
    bonussen: data.bonussen,
  };
  return { ...waardeerPlaatsing(plaatsing, tabel), tabelId: tabel.id };
}

function controleerKoppelingen(db: Db, data: RealisatieGegevens): void {
  const nemer = db.get<{ soort: string }>(
    'SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL',
    [data.opdrachtnemerId],
  );
  if (!nemer) throw new AppFault('ONGELDIGE_INVOER', 'De aanbieder bestaat niet (meer).');
  if (nemer.soort === 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Een realisatie hoort bij een aanbieder, niet bij een gemeente.');
  if (data.contractId) {
    const contract = db.get<{ opdrachtnemer_id: string }>(
      'SELECT opdrachtnemer_id FROM contract WHERE id = ? AND deleted_at IS NULL',
      [data.contractId],
    );
    if (!contract) throw new AppFault('ONGELDIGE_INVOER', 'Het contract bestaat niet (meer).');
    if (contract.opdrachtnemer_id !== data.opdrachtnemerId)
      throw new AppFault('ONGELDIGE_INVOER', 'Het gekozen contract hoort bij een andere aanbieder.');
  }
}

/**
 * Stores a realisation valued with the werkgroep's current table. Saving is an explicit act, so an
 * edited realisation is valued anew (and records the version it now uses); nothing else revalues.
 */
export function saveRealisatie(
  db: Db,
  data: RealisatieGegevens,
  id?: string,
  bron?: { soort: 'leerlijn'; id: string },
): string {
  controleerKoppelingen(db, data);
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  // An archived option stays valid on the realisations that already use it, but is not chosen anew.
  // A leerlijn step already passed that check when the step itself was planned.
  const vorige = id ? getRealisatie(db, id) : null;
  if (optie.gearchiveerdOp && !bron && vorige?.menukaartOptieId !== optie.id)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      `"${optie.naam}" is gearchiveerd; kies een andere menukaartoptie.`,
    );
  const { waardeCent, uitleg, tabelId } = waardeer(db, data);
  const plaatsing = optie.waardering === 'plaatsing';
  const values = {
    opdrachtnemer_id: data.opdrachtnemerId,
    contract_id: data.contractId,
    menukaart_optie_id: data.menukaartOptieId,
    datum: data.datum,
    omschrijving: data.omschrijving,
    doelgroep: plaatsing ? data.doelgroep : null,
    uren_per_week: plaatsing ? data.urenPerWeek : null,
    maanden: plaatsing ? data.maanden : null,
    bonussen_json: JSON.stringify(plaatsing ? data.bonussen : []),
    uren: optie.waardering === 'uren' ? data.uren : null,
    waarde_cent: waardeCent,
    waarderingstabel_id: tabelId,
    uitleg,
  };
  if (id) {
    db.update('realisatie', id, values);
    return id;
  }
  return db.insert('realisatie', { ...values, bron: bron?.soort ?? 'direct', bron_id: bron?.id ?? null });
}

export function deleteRealisatie(db: Db, id: string): void {
  getRealisatie(db, id);
  db.update('realisatie', id, { deleted_at: nuIso() });
}
