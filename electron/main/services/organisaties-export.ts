import type ExcelJS from 'exceljs';
import {
  geenStappen,
  type OrganisatieLijstRegel,
  sroiRegelVan,
  stapAantallenPerOrganisatie,
} from '../../../shared/domain/organisatie-pagina';
import { nu } from '../../../shared/klok';
import { organisatiesWerkboek } from '../excel/organisaties-export';
import type { Db } from '../store/database';
import { sroiOverzicht } from '../store/repositories/contracten';
import { telStappenPerOrganisatie } from '../store/repositories/leerlijn';
import { listOrganisaties } from '../store/repositories/organisaties';
import { getWerkgroep } from '../store/repositories/werkgroep';
import { jaarPeriode } from './organisatie-pagina';

/** Every organisation (archived ones too) with its step counts and its SROI row of `jaar`. */
export function organisatieLijstRegels(db: Db, jaar: number): OrganisatieLijstRegel[] {
  const { van, tot } = jaarPeriode(jaar);
  const overzicht = sroiOverzicht(db, van, tot);
  const stappen = stapAantallenPerOrganisatie(telStappenPerOrganisatie(db));
  return listOrganisaties(db, { metGearchiveerd: true }).map((organisatie) => ({
    organisatie,
    stappen: stappen.get(organisatie.id) ?? geenStappen(),
    sroi: sroiRegelVan(overzicht, organisatie),
  }));
}

/** The organisation list as a workbook; the SROI columns are of the year it is made in. */
export function maakOrganisatiesWerkboek(db: Db, gemaaktOp = nu()): ExcelJS.Workbook {
  const jaar = gemaaktOp.getFullYear();
  return organisatiesWerkboek(organisatieLijstRegels(db, jaar), getWerkgroep(db).naam, jaar, gemaaktOp);
}
