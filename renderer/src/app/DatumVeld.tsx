import { type CalendarAriaLabels, DateInput, type DateInputProps, MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useId } from 'react';
import './DatumVeld.css';
import { leesDatum, maandNaarPicker, maandUitPicker, naarPicker, toonDatum, uitPicker } from './datumTekst';

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
 * button to empty it.
 */
export function DatumVeld({ value, onChange, required, ...rest }: DatumProps) {
  return (
    <DateInput
      {...rest}
      {...kalender(required, 'Datum wissen')}
      value={naarPicker(value)}
      onChange={(waarde) => onChange(uitPicker(waarde))}
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
