import type { LesSoort } from '../../../shared/domain/monitoring';
import { leesMoment } from '../../../shared/klok';
import type { Db } from '../store/database';
import { saveEvaluatieTekst, verzendEvaluatie } from '../store/repositories/evaluaties';
import { saveLes } from '../store/repositories/lessen';
import { maakEvaluatie } from './evaluaties';

/**
 * Lessons of the example werkgroep (most for its first group) and one evaluation of that group
 * that already went to the FO. Authors are invented. `day(maanden, dag)` is relative to today.
 */
export function vulVoorbeeldMonitoring(db: Db, day: (maanden: number, dag?: number) => string): void {
  const groep1 = db.get<{ id: string }>("SELECT id FROM groep WHERE naam LIKE 'Groep 1%'")?.id ?? null;
  const lessen: [LesSoort, number, string, boolean][] = [
    [
      'werkt',
      -5,
      'Een vaste begeleider per kandidaat: afspraken worden nagekomen en vragen komen eerder op tafel.',
      true,
    ],
    [
      'lopen_we_tegenaan',
      -5,
      'Werkervaringsplaatsen in de zorg vragen een VOG; die aanvraag duurt weken.',
      true,
    ],
    [
      'geeft_energie',
      -4,
      'De startbijeenkomst met kandidaten en zorgaanbieders samen: iedereen wist daarna wie wie was.',
      true,
    ],
    [
      'levert_op',
      -3,
      'Twee kandidaten zijn een trede gestegen en één heeft een contract bij de Schelpenbank.',
      true,
    ],
    [
      'lopen_we_tegenaan',
      -2,
      'Zorgaanbieders boeken SROI nog verschillend; de menukaart helpt, maar niet iedereen gebruikt hem.',
      false,
    ],
    [
      'werkt',
      -1,
      'Eerst beginnen en achteraf vastleggen wat nodig is: er is geen plan blijven liggen.',
      false,
    ],
  ];
  for (const [soort, maand, tekst, vanGroep] of lessen)
    saveLes(db, { groepId: vanGroep ? groep1 : null, soort, datum: day(maand, 12), tekst }, 'Ruben Kreekrak');

  // Frozen a few days after the period, and sent to the FO after that, as a real one would be:
  // not "frozen today" for an evaluation that went out weeks ago.
  const evaluatie = maakEvaluatie(
    db,
    { titel: 'Evaluatie groep 1', van: day(-6, 1), tot: day(-2, 28), groepId: groep1 },
    leesMoment(`${day(-1, 2)}T10:00`).toISOString(),
  );
  saveEvaluatieTekst(db, evaluatie, {
    titel: 'Evaluatie groep 1',
    conclusies:
      'De aanpak werkt: eerst doen, dan vastleggen. Kandidaten met een vaste begeleider blijven vaker. ' +
      'Het vinden van werkervaringsplaatsen kost meer tijd dan gedacht.',
    voorstellen:
      'Start groep 2 met twee extra zorgaanbieders. Vraag de VOG aan bij de intake. ' +
      'Spreek met de aanbieders één manier af om SROI te boeken.',
  });
  verzendEvaluatie(db, evaluatie, day(-1, 5));
}
