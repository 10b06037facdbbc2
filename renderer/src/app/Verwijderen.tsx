import { Bevestigen, type BevestigenProps } from './Bevestigen';

/** Asks once more before something is deleted: a stray click must not remove part of the werkgroep's record. */
export function Verwijderen(props: BevestigenProps & { vraag: string }) {
  return <Bevestigen {...props} titel="Verwijderen" knop="Verwijderen" kleur="red.8" />;
}
