/** What is stored of a contract: its terms and the gemeenten that share it (null share: by value). */
export interface ContractGegevens {
  naam: string;
  opdrachtnemerId: string;
  opdrachtgevers: { gemeenteId: string; aandeelCent: number | null }[];
  startdatum: string;
  einddatum: string;
  waardeCent: number;
  sroiPercentageBp: number | null;
  sroiVastCent: number | null;
  loonaandeelBp: number | null;
  gebundeld: boolean;
}

/** A contract with an SROI obligation, as the app shows it. Money in cents, percentages in basis points. */
export interface Contract extends Omit<ContractGegevens, 'opdrachtgevers'> {
  id: string;
  opdrachtnemer: string;
  opdrachtgevers: { gemeenteId: string; gemeente: string; aandeelCent: number | null }[];
  /** The obligation over the whole period. */
  verplichtingCent: number;
  /** True when the SROI percentage is not below the wage share: hard to meet with labour. */
  percentageOnredelijk: boolean;
}

export interface SroiRegel {
  id: string;
  naam: string;
  verplichtingCent: number;
  gerealiseerdCent: number;
  contracten: number;
  /** For providers: whether (some of) the contracts are bundled into one set of SROI agreements. */
  gebundeld: boolean;
  /** Share of all realised value in the period, 0..1; null when nothing was realised. */
  aandeelInspanning: number | null;
  /** Share of the capacity (turnover or FTE) of the providers in the overview, 0..1; null when unknown. */
  aandeelCapaciteit: number | null;
}

/** Which capacity measure the "naar rato" comparison used. */
export type Capaciteitsmaat = 'jaaromzet' | 'fte';

/** Obligation and realisation in a period, per provider and per gemeente. */
export interface SroiOverzicht {
  van: string;
  tot: string;
  perOpdrachtnemer: SroiRegel[];
  perGemeente: SroiRegel[];
  totaalCent: number;
  gerealiseerdCent: number;
  /** Realised by providers with no contract with a gemeente in the period: counted per provider only. */
  nietToegerekendCent: number;
  capaciteitsmaat: Capaciteitsmaat | null;
}
