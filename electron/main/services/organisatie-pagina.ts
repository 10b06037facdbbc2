import { alleVragen } from '../../../shared/domain/inventarisatie-antwoorden';
import {
  type AanbodRegel,
  antwoordenAlsTekst,
  contractenVan,
  type OrganisatiePagina,
  type RondeAntwoorden,
  sroiKant,
  sroiRegelVan,
} from '../../../shared/domain/organisatie-pagina';
import type { Db } from '../store/database';
import { listAanbod } from '../store/repositories/capaciteit';
import { listContracten, sroiOverzicht } from '../store/repositories/contracten';
import { getAntwoorden, getSjabloon, listRondes } from '../store/repositories/inventarisatie';
import { listStappenVanOrganisatie } from '../store/repositories/leerlijn';
import { getOrganisatie } from '../store/repositories/organisaties';
import { listMenukaart } from '../store/repositories/waardering';

/** The SROI overview's period for a calendar year, as the SROI page asks for it. */
export const jaarPeriode = (jaar: number) => ({ van: `${jaar}-01-01`, tot: `${jaar}-12-31` });

/** What the organisation answered in each inventarisatie round it was asked in, newest round first. */
function rondesVan(db: Db, id: string): RondeAntwoorden[] {
  return listRondes(db).flatMap((ronde) => {
    const deelname = ronde.deelnames.find((d) => d.organisatieId === id);
    if (!deelname) return [];
    const vragen = alleVragen(getSjabloon(db, ronde.sjabloonId).secties);
    return [
      {
        rondeId: ronde.id,
        ronde: ronde.naam,
        status: deelname.status,
        ontvangenOp: deelname.ontvangenOp,
        antwoorden: antwoordenAlsTekst(vragen, getAntwoorden(db, ronde.id, id)),
      },
    ];
  });
}

function aanbodVan(db: Db, id: string): AanbodRegel[] {
  const namen = new Map(listMenukaart(db, true).map((o) => [o.id, o.naam]));
  return listAanbod(db)
    .filter((a) => a.organisatieId === id)
    .map((a) => ({
      optie: namen.get(a.menukaartOptieId) ?? a.optieCode,
      plaatsen: a.plaatsen,
      bron: a.bron,
    }));
}

/**
 * One organisation's page: its record, offer, the steps it delivers (candidates by code, names only
 * when asked), its contracts and its row of the SROI overview of `jaar`, from the same queries and
 * arithmetic as the SROI page.
 */
export function organisatiePagina(
  db: Db,
  id: string,
  { metNamen, jaar }: { metNamen: boolean; jaar: number },
): OrganisatiePagina {
  const organisatie = getOrganisatie(db, id);
  const { van, tot } = jaarPeriode(jaar);
  return {
    organisatie,
    aanbod: aanbodVan(db, id),
    rondes: rondesVan(db, id),
    stappen: listStappenVanOrganisatie(db, id, metNamen),
    contracten: contractenVan(listContracten(db), id),
    sroi: {
      jaar,
      kant: sroiKant(organisatie.soort),
      regel: sroiRegelVan(sroiOverzicht(db, van, tot), organisatie),
    },
  };
}
