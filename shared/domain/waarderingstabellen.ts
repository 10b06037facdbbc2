import type { Waarderingstabel } from './waardering';

/**
 * Presets after public regional bouwblokken tables: the amounts per full-time year that the
 * Utrecht region and the Friese Eis (Harlingen) publish. A werkgroep picks one and edits a copy;
 * the presets never change in place: a new figure means a new version.
 */
const euro = (n: number) => n * 100;

export const PRESET_UTRECHT: Waarderingstabel = {
  naam: 'Regio Utrecht (publieke bouwblokken)',
  versie: 1,
  basisUren: 36,
  minimumUren: 12,
  jaarbedragCent: {
    participatiewet_kort: euro(40_000),
    participatiewet_lang: euro(40_000),
    ww: euro(20_000),
    wia_wao: euro(40_000),
    wajong: euro(50_000),
    doelgroepregister: euro(50_000),
    bbl: euro(35_000),
    bol_stage: euro(20_000),
    werkervaringsplaats: null,
    geen_uitkering: euro(10_000),
  },
  bonusCent: {
    vijftig_plus: euro(10_000),
    vijfenvijftig_plus: null,
    vast_contract: euro(10_000),
    statushouder: euro(10_000),
  },
  uurtariefCent: euro(100),
};

export const PRESET_FRIESE_EIS: Waarderingstabel = {
  naam: 'Friese Eis (publieke bouwblokken)',
  versie: 1,
  basisUren: 36,
  minimumUren: 12,
  jaarbedragCent: {
    participatiewet_kort: euro(35_000),
    participatiewet_lang: euro(40_000),
    ww: euro(20_000),
    wia_wao: euro(35_000),
    wajong: euro(40_000),
    doelgroepregister: euro(40_000),
    bbl: euro(15_000),
    bol_stage: euro(5_000),
    werkervaringsplaats: euro(7_500),
    geen_uitkering: null,
  },
  bonusCent: {
    vijftig_plus: euro(5_000),
    vijfenvijftig_plus: euro(7_500),
    vast_contract: null,
    statushouder: null,
  },
  uurtariefCent: null,
};

export const LEGE_TABEL: Waarderingstabel = {
  naam: 'Eigen tabel (leeg)',
  versie: 1,
  basisUren: 36,
  minimumUren: 12,
  jaarbedragCent: {
    participatiewet_kort: null,
    participatiewet_lang: null,
    ww: null,
    wia_wao: null,
    wajong: null,
    doelgroepregister: null,
    bbl: null,
    bol_stage: null,
    werkervaringsplaats: null,
    geen_uitkering: null,
  },
  bonusCent: { vijftig_plus: null, vijfenvijftig_plus: null, vast_contract: null, statushouder: null },
  uurtariefCent: null,
};

export const TABEL_PRESETS: readonly Waarderingstabel[] = [PRESET_UTRECHT, PRESET_FRIESE_EIS, LEGE_TABEL];

/** The presets by the key the app passes around (same keys as PRESET_SLEUTELS in the API). */
export const TABEL_PER_SLEUTEL = {
  utrecht: PRESET_UTRECHT,
  friese_eis: PRESET_FRIESE_EIS,
  leeg: LEGE_TABEL,
} as const satisfies Record<string, Waarderingstabel>;

export type TabelSleutel = keyof typeof TABEL_PER_SLEUTEL;

/**
 * The table a new werkgroep starts with unless its maker chooses another: the region's own preset
 * when it has one, else the Utrecht bouwblokken (a public, complete table to adjust), so leerlijn
 * steps and realisations have a value from the first day instead of "–".
 */
export const STANDAARD_STARTTABEL: TabelSleutel = 'utrecht';
