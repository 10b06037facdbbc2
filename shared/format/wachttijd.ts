/**
 * The one sentence for the wait after failed unlocks, in main, on the command line and on the
 * unlock screen, which finds the seconds in it to count them down live.
 */

export const seconden = (n: number) => `${n} ${n === 1 ? 'seconde' : 'seconden'}`;

export const wachtZin = (n: number) => `Probeer het over ${seconden(n)} opnieuw.`;

/** "Het wachtwoord klopt niet. Probeer het over 4 seconden opnieuw." → the message before it, and 4. */
export function wachtUit(melding: string): { tekst: string; seconden: number } | null {
  const m = /^(.*?)\s*Probeer het over (\d+) seconden? opnieuw\.$/.exec(melding);
  return m ? { tekst: m[1] as string, seconden: Number(m[2]) } : null;
}
