import type { Db } from '../../../electron/main/store/database';
import { sroiOverzicht } from '../../../electron/main/store/repositories/contracten';
import { bedragPerMaand } from '../../../electron/main/store/repositories/monitoring';
import type { KandidaatFilter } from '../../../shared/api/schemas-kandidaten';
import type { MonitoringGegevens } from '../../../shared/domain/indicatoren';
import type {
  KandidaatRegel,
  KandidaatStatus,
  Trede,
  UitstroomSoort,
} from '../../../shared/domain/kandidaten';
import type { Periode } from '../../../shared/domain/monitoring';

/**
 * The queries of the candidate list and the indicators as they were before they were made fast
 * for a region (BENCHMARKS.md), kept unchanged as the reference the fast ones must agree with
 * (tests/unit/stand-gelijk.test.ts). Do not improve these copies.
 */

export function monitoringGegevensOud(db: Db, periode: Periode): MonitoringGegevens {
  const sroi = sroiOverzicht(db, periode.van, periode.tot);
  const staaf = (r: { naam: string; verplichtingCent: number; gerealiseerdCent: number }) => ({
    naam: r.naam,
    verplichtingCent: r.verplichtingCent,
    gerealiseerdCent: r.gerealiseerdCent,
  });
  return {
    kandidaten: db.all(
      `SELECT id, status, startdatum, einddatum, groep_id AS groepId FROM kandidaat WHERE deleted_at IS NULL`,
    ),
    groepen: db.all(
      'SELECT id, naam FROM groep WHERE deleted_at IS NULL ORDER BY startdatum IS NULL, startdatum, naam',
    ),
    uitstroom: db.all(
      'SELECT kandidaat_id AS kandidaatId, soort, datum FROM uitstroom WHERE deleted_at IS NULL',
    ),
    terugval: db.all('SELECT kandidaat_id AS kandidaatId, datum FROM terugval WHERE deleted_at IS NULL'),
    metingen: db.all(
      'SELECT kandidaat_id AS kandidaatId, datum, trede FROM ladder_meting WHERE deleted_at IS NULL',
    ),
    betaaldeStappen: db.all(
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

interface RegelRow {
  id: string;
  code: string;
  naam: string | null;
  initialen: string | null;
  gemeente: string | null;
  groep_id: string | null;
  groep: string | null;
  startdatum: string | null;
  status: KandidaatStatus;
  stap_optie: string | null;
  stap_organisatie: string | null;
  trede_start: Trede | null;
  trede_nu: Trede | null;
  uitstroom: UitstroomSoort | null;
}

const STAND = `
  SELECT x.id, x.code, x.naam, x.initialen, x.gemeente, x.groep_id, x.groep, x.startdatum, x.status,
         x.trede_start, x.trede_nu, x.uitstroom, sm.naam AS stap_optie, so.naam AS stap_organisatie FROM (
    SELECT k.id, k.code, k.naam, k.initialen, g.naam AS gemeente, k.groep_id, gr.naam AS groep,
           k.startdatum, k.status,
           COALESCE(
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
                 AND s.status = 'lopend' ORDER BY s.volgorde LIMIT 1),
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
                 AND s.status = 'gepland' ORDER BY s.volgorde LIMIT 1),
             (SELECT s.id FROM leerlijn_stap s WHERE s.kandidaat_id = k.id AND s.deleted_at IS NULL
               ORDER BY s.volgorde DESC LIMIT 1)) AS stap_id,
           (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
             ORDER BY m.datum, m.created_at LIMIT 1) AS trede_start,
           (SELECT m.trede FROM ladder_meting m WHERE m.kandidaat_id = k.id AND m.deleted_at IS NULL
             ORDER BY m.datum DESC, m.created_at DESC LIMIT 1) AS trede_nu,
           (SELECT CASE WHEN EXISTS (SELECT 1 FROM terugval t WHERE t.kandidaat_id = k.id
                                        AND t.deleted_at IS NULL AND t.datum >= u.datum)
                        THEN NULL ELSE u.soort END
              FROM uitstroom u WHERE u.kandidaat_id = k.id AND u.deleted_at IS NULL
             ORDER BY u.datum DESC, u.created_at DESC LIMIT 1) AS uitstroom
      FROM kandidaat k
      LEFT JOIN organisatie g ON g.id = k.gemeente_id
      LEFT JOIN groep gr ON gr.id = k.groep_id AND gr.deleted_at IS NULL
     WHERE k.deleted_at IS NULL`;

export function listKandidatenOud(db: Db, filter: KandidaatFilter): KandidaatRegel[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.groepId) {
    where.push('k.groep_id = ?');
    params.push(filter.groepId);
  }
  if (filter.status) {
    where.push('k.status = ?');
    params.push(filter.status);
  }
  const rows = db.all<RegelRow>(
    `${STAND}${where.map((w) => ` AND ${w}`).join('')}) x
      LEFT JOIN leerlijn_stap st ON st.id = x.stap_id
      LEFT JOIN menukaart_optie sm ON sm.id = st.menukaart_optie_id
      LEFT JOIN organisatie so ON so.id = st.organisatie_id
     ORDER BY x.code COLLATE NOCASE`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    naam: filter.metNamen ? r.naam : null,
    initialen: filter.metNamen ? r.initialen : null,
    gemeente: r.gemeente?.replace(/^Gemeente /, '') ?? null,
    groepId: r.groep_id,
    groep: r.groep,
    status: r.status,
    startdatum: r.startdatum,
    huidigeStap: r.stap_optie,
    huidigeStapOrganisatie: r.stap_optie === null ? null : r.stap_organisatie,
    tredeStart: r.trede_start,
    tredeNu: r.trede_nu,
    uitstroom: r.uitstroom,
  }));
}
