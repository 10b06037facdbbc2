import { type CalendarAriaLabels, DateInput, type DateInputProps, MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect, useId, useRef, useState } from 'react';
import './DatumVeld.css';
import {
  DATUMCONTROLE,
  datumFout,
  leesDatum,
  maandNaarPicker,
  maandUitPicker,
  naarPicker,
  toonDatum,
  uitPicker,
} from './datumTekst';

/** The calendar's buttons, named in Dutch for screen readers. */
const KNOP_NAMEN: CalendarAriaLabels = {
  previousMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  previousYear: 'Vorig jaar',
  nextYear: 'Volgend jaar',
  previousDecade: 'Vorige tien jaar',
  nextDecade: 'Volgende tien jaar',
};

/** A month button says "mei" (the whole name: axe wants the visible text within the name); a screen reader also hears the year. */
const maandKnop = (maand: string) => ({ 'aria-label': dayjs(maand).locale('nl').format('MMMM YYYY') });

/** What both fields' calendars share; an optional field (not `required`) can be emptied. */
const kalender = (required: boolean | undefined, wissen: string) => ({
  required,
  clearable: !required,
  clearButtonProps: { 'aria-label': wissen },
  ariaLabels: KNOP_NAMEN,
  getMonthControlProps: maandKnop,
  monthsListFormat: 'MMMM',
});

type Gedeeld = Pick<
  DateInputProps,
  'label' | 'description' | 'error' | 'required' | 'w' | 'inputWrapperOrder' | 'disabled'
> & { 'data-autofocus'?: boolean };

interface DatumProps extends Gedeeld {
  /** 'YYYY-MM-DD', or '' when empty: what the forms and their schemas hold. */
  value: string;
  onChange: (iso: string) => void;
}

/**
 * A date field that shows and takes dd-mm-jjjj whatever language the computer runs in (Chromium's
 * own date field follows the system), with a Dutch calendar to pick from. An optional field gets a
 * button to empty it. What is typed and is no date stays visible with a Dutch message once the field
 * is left (Mantine would silently put back the last date); the form keeps its last date meanwhile,
 * so FormulierDialoog refuses to save while any date field says so (it sends DATUMCONTROLE).
 */
export function DatumVeld({ value, onChange, required, error, ...rest }: DatumProps) {
  // What was typed since a date was last picked or read; null when the field shows the form's date.
  const [getypt, setGetypt] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const veld = useRef<HTMLInputElement>(null);
  const netGefocust = useRef(false);

  const zet = (iso: string) => {
    setGetypt(null);
    setFout(null);
    onChange(iso);
  };
  const controleer = (tekst: string) => {
    const melding = datumFout(tekst);
    setFout(melding);
    // An emptied field empties the form's date too (Mantine keeps it when the field is required).
    if (tekst.trim() === '' && value !== '') zet('');
    return melding;
  };
  // The form's Opslaan (also Enter in this field, which does not leave it) asks for the message now.
  const controleerRef = useRef(controleer);
  controleerRef.current = controleer;
  useEffect(() => {
    const invoer = veld.current;
    const luister = () => {
      if (invoer) controleerRef.current(invoer.value);
    };
    invoer?.addEventListener(DATUMCONTROLE, luister);
    return () => invoer?.removeEventListener(DATUMCONTROLE, luister);
  }, []);

  return (
    <DateInput
      {...rest}
      {...kalender(required, 'Datum wissen')}
      ref={veld}
      data-datumveld
      value={naarPicker(value)}
      onChange={(waarde) => zet(uitPicker(waarde))}
      onInput={(e) => {
        const tekst = e.currentTarget.value;
        setGetypt(tekst);
        if (fout && datumFout(tekst) === null) setFout(null);
      }}
      // Leaving puts the date back in dd-mm-jjjj only when what was typed is one.
      fixOnBlur={getypt === null || leesDatum(getypt) !== null}
      onFocus={(e) => {
        // Typing into a filled field replaces its date instead of adding to it.
        e.currentTarget.select();
        netGefocust.current = true;
      }}
      onMouseUp={(e) => {
        // The click that focused the field would undo the selection.
        if (netGefocust.current) e.preventDefault();
        netGefocust.current = false;
      }}
      onBlur={(e) => {
        netGefocust.current = false;
        if (getypt !== null) controleer(e.currentTarget.value);
      }}
      error={fout ?? error}
      valueFormat={toonDatum}
      dateParser={leesDatum}
      placeholder="dd-mm-jjjj"
      // Days of the months around are shown half transparent, too faint to read (WCAG AA).
      hideOutsideDates
    />
  );
}

interface MaandProps extends Gedeeld {
  /** 'YYYY-MM', or '' when empty. */
  value: string;
  onChange: (maand: string) => void;
}

/** A month field: Dutch month names from a picker of the year's months. */
export function MaandVeld({ value, onChange, required, ...rest }: MaandProps) {
  // The calendar is a dialog named after the field: Mantine would point it at an id nobody has.
  const id = useId();
  return (
    <MonthPickerInput
      {...rest}
      id={id}
      popoverProps={{ id }}
      {...kalender(required, 'Maand wissen')}
      value={maandNaarPicker(value)}
      onChange={(waarde) => onChange(maandUitPicker(waarde))}
      valueFormat="MMMM YYYY"
      placeholder="Kies een maand"
    />
  );
}
