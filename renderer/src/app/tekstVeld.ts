/** What `useVelden` gives a form, as far as binding a field needs it. */
interface Formulier<V> {
  v: V;
  zet: <K extends keyof V>(veld: K, waarde: V[K], foutVeld?: string) => void;
  fouten: Record<string, string>;
}

/** The fields of V that hold text. */
type TekstSleutel<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * value, onChange and error for a TextInput or Textarea bound to one text field, so each field in
 * a form says only what is its own (label, hints). `foutVeld` names the schema key of its message
 * where that differs from the field (an amount typed as text, checked as cents).
 */
export function tekstVeld<V>(f: Formulier<V>, veld: TekstSleutel<V>, foutVeld: string = veld) {
  return {
    value: f.v[veld] as string,
    onChange: (e: { currentTarget: { value: string } }) =>
      f.zet(veld, e.currentTarget.value as V[typeof veld], foutVeld),
    error: f.fouten[foutVeld],
  };
}

/** value, onChange and error for a DatumVeld or MaandVeld bound to one ISO date or month field. */
export function datumVeld<V>(f: Formulier<V>, veld: TekstSleutel<V>, foutVeld: string = veld) {
  return {
    value: f.v[veld] as string,
    onChange: (iso: string) => f.zet(veld, iso as V[typeof veld], foutVeld),
    error: f.fouten[foutVeld],
  };
}

/** The same binding for a TijdVeld ('HH:MM', or what is being typed). */
export const tijdVeld = datumVeld;
