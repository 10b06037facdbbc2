export interface Periode {
  van: string;
  tot: string;
}

/** Both dates filled in and in order: only then is the board asked for (main would refuse otherwise). */
export const periodeGeldig = (p: Periode) =>
  /^\d{4}-\d{2}-\d{2}$/.test(p.van) && /^\d{4}-\d{2}-\d{2}$/.test(p.tot) && p.tot >= p.van;
