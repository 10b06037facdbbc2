import { isVerlopen } from '../../../../shared/domain/bijeenkomsten';
import { berekenKerncijfers, type MonitoringGegevens } from '../../../../shared/domain/indicatoren';
import type { KandidaatStatus, UitstroomSoort } from '../../../../shared/domain/kandidaten';
import type { Dashboard, Kerncijfers, Periode } from '../../../../shared/domain/monitoring';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { listBijeenkomsten, listOpenActies } from './bijeenkomsten';
import { sroiOverzicht } from './contracten';
import { listRondes } from './inventarisatie';

/** Gathers dates and numbers for the indicators; no name, code or free text of a candidate. */
export function monitoringGegevens(db: Db, periode: Periode): MonitoringGegevens {
  const sroi = sroiOverzicht(db, periode.van, periode.tot);
  const staaf = (r: { naam: string; verplichtingCent: number; gerealiseerdCent: number }) => ({
    naam: r.naam,
    verplichtingCent: r.verplichtingCent,
    gerealiseerdCent: r.gerealiseerdCent,
  });
  return {
    kandidaten: db.all<{
      id: string;
      status: KandidaatStatus;
      startdatum: string | null;
      einddatum: string | null;
      groepId: string | null;
    }>(
      `SELECT id, status, startdatum, einddatum, groep_id AS groepId FROM kandidaat WHERE deleted_at IS NULL`,
    ),
    groepen: db.all<{ id: string; naam: string }>(
      'SELECT id, naam FROM groep WHERE deleted_at IS NULL ORDER BY startdatum IS NULL, startdatum, naam',
    ),
    uitstroom: db.all<{ kandidaatId: string; soort: UitstroomSoort; datum: string }>(
      'SELECT kandidaat_id AS kandidaatId, soort, datum FROM uitstroom WHERE deleted_at IS NULL',
    ),
    terugval: db.all<{ kandidaatId: string; datum: string }>(
      'SELECT kandidaat_id AS kandidaatId, datum FROM terugval WHERE deleted_at IS NULL',
    ),
    metingen: db.all<{ kandidaatId: string; datum: string; trede: number }>(
      'SELECT kandidaat_id AS kandidaatId, datum, trede FROM ladder_meting WHERE deleted_at IS NULL',
    ),
    betaaldeStappen: db.all<{ kandidaatId: string; start: string }>(
      `SELECT s.kandidaat_id AS kandidaatId, s.start FROM leerlijn_stap s
         JOIN menukaart_optie o ON o.id = s.menukaart_optie_id
        WHERE s.deleted_at IS NULL AND s.start IS NOT NULL AND o.code = 'betaalde_baan'`,
    ),
    sroi: {
      verplichtingCent: sroi.totaalCent,
      gerealiseerdCent: sroi.gerealiseerdCent,
      perAanbieder: sroi.perOpdrachtnemer.map(staaf),
      perGemeente: sroi.perGemeente.map(staaf),
    },
    bedragPerMaandCent: bedragPerMaand(db),
  };
}

export function bedragPerMaand(db: Db): number {
  return (
    db.get<{ b: number }>(
      'SELECT uitkering_per_maand_cent AS b FROM werkgroep WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
    )?.b ?? 0
  );
}

export function zetBedragPerMaand(db: Db, cent: number): void {
  db.run('UPDATE werkgroep SET uitkering_per_maand_cent = ?, updated_at = ? WHERE deleted_at IS NULL', [
    cent,
    new Date().toISOString(),
  ]);
}

function groepVan(db: Db, groepId: string | null) {
  if (groepId === null) return null;
  const groep = db.get<{ id: string; naam: string }>(
    'SELECT id, naam FROM groep WHERE id = ? AND deleted_at IS NULL',
    [groepId],
  );
  if (!groep) throw new AppFault('NIET_GEVONDEN', 'Deze groep bestaat niet (meer).');
  return groep;
}

export function kerncijfers(db: Db, periode: Periode, groepId: string | null): Kerncijfers {
  return berekenKerncijfers(monitoringGegevens(db, periode), periode, groepVan(db, groepId));
}

/** The start page: the key figures plus what needs attention now (actions, next meeting, a round). */
export function dashboard(db: Db, periode: Periode, groepId: string | null, vandaag: string): Dashboard {
  const acties = listOpenActies(db);
  const ronde = listRondes(db)[0];
  return {
    ...kerncijfers(db, periode, groepId),
    inventarisatie: ronde
      ? {
          ronde: ronde.naam,
          ontvangen: ronde.deelnames.filter((d) => d.status !== 'uitgezet').length,
          totaal: ronde.deelnames.length,
        }
      : null,
    acties: { open: acties.length, verlopen: acties.filter((a) => isVerlopen(a, vandaag)).length },
    volgendeBijeenkomst:
      listBijeenkomsten(db)
        .filter((b) => b.datum >= vandaag)
        .at(-1) ?? null,
  };
}
