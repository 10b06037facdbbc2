import { type KandidaatDossier, ladderBeweging } from '../../../shared/domain/kandidaten';
import type { Db } from '../store/database';
import {
  getKandidaat,
  type KandidaatOpslag,
  schrijfKandidaat,
  zonderNaam,
} from '../store/repositories/kandidaten';
import { getPlan } from '../store/repositories/plan';
import { listMetingen, listTerugval, listUitstroom } from '../store/repositories/voortgang';
import { listStappen, werkRealisatiesVanKandidaatBij } from './leerlijn';

/** A candidate's record and dossier, gathered from the candidate's tables. */

/** Everything about one candidate for the candidate page; names only when asked for. */
export function getDossier(db: Db, id: string, metNamen = false): KandidaatDossier {
  const volledig = getKandidaat(db, id);
  const metingen = listMetingen(db, id);
  return {
    kandidaat: metNamen ? volledig : zonderNaam(volledig),
    naamVerborgen: !metNamen && (volledig.naam !== null || volledig.initialen !== null),
    plan: getPlan(db, id),
    stappen: listStappen(db, id),
    metingen: metingen.map(({ kandidaatId: _, ...m }) => m),
    beweging: ladderBeweging(metingen),
    uitstroom: listUitstroom(db, id),
    terugval: listTerugval(db, id),
  };
}

/**
 * Adds or updates a candidate (inside the caller's write). The uitkering and personal bonuses are
 * input of the realisations the steps earned, so a change brings those in line in the same write.
 */
export function saveKandidaat(db: Db, data: KandidaatOpslag, id?: string, code?: string): string {
  const kandidaatId = schrijfKandidaat(db, data, id, code);
  if (id) werkRealisatiesVanKandidaatBij(db, id);
  return kandidaatId;
}
