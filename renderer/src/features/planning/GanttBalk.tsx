import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { Activiteit } from '../../../../shared/domain/planning';
import { balkLabel, balkSoort, balkStijl, type Sleep, versleep } from './weergave';

export const KOLOM = 40;

/** The months a changed bar should get; `klaar` is called once the change is saved or refused. */
export type Wijzig = (
  a: Activiteit,
  maanden: { startMaand: string; eindMaand: string },
  klaar: () => void,
) => void;

interface Props {
  activiteit: Activiteit;
  /** Column index of a month in the visible grid. */
  kolom: (maand: string) => number;
  vandaag: string;
  onOpen: (a: Activiteit) => void;
  onWijzig: Wijzig;
}

interface Greep {
  soort: Sleep;
  x: number;
  bewogen: boolean;
}

/**
 * One activity as a bar. A click or Enter opens its form; dragging the bar moves it by whole
 * months, dragging its right edge changes the last month. Alt+arrows do the same from the
 * keyboard (with Shift: only the end). While a change is being saved the bar keeps its new place.
 */
export function GanttBalk({ activiteit: a, kolom, vandaag, onOpen, onWijzig }: Props) {
  const greep = useRef<Greep | null>(null);
  const gesleept = useRef(false);
  const [voorlopig, setVoorlopig] = useState<{ startMaand: string; eindMaand: string } | null>(null);
  const [verschil, setVerschil] = useState(0);
  const soort = useRef<Sleep>('verplaats');

  const getoond = voorlopig ?? (verschil ? versleep(a, soort.current, verschil) : a);
  const links = kolom(getoond.startMaand) * KOLOM;
  const breedte = (kolom(getoond.eindMaand) - kolom(getoond.startMaand) + 1) * KOLOM;

  const bewaar = (maanden: { startMaand: string; eindMaand: string }) => {
    if (maanden.startMaand === a.startMaand && maanden.eindMaand === a.eindMaand) return;
    setVoorlopig(maanden);
    onWijzig(a, maanden, () => setVoorlopig(null));
  };

  const omlaag = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    const rand = (e.target as HTMLElement).dataset.rand === 'eind';
    soort.current = rand ? 'eind' : 'verplaats';
    greep.current = { soort: soort.current, x: e.clientX, bewogen: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const beweeg = (e: PointerEvent<HTMLButtonElement>) => {
    const g = greep.current;
    if (!g) return;
    // A few pixels of wobble is still a click.
    if (Math.abs(e.clientX - g.x) > 4) g.bewogen = true;
    if (g.bewogen) setVerschil(Math.round((e.clientX - g.x) / KOLOM));
  };
  const los = (e: PointerEvent<HTMLButtonElement>) => {
    const g = greep.current;
    greep.current = null;
    if (!g?.bewogen) return;
    gesleept.current = true;
    const n = Math.round((e.clientX - g.x) / KOLOM);
    setVerschil(0);
    bewaar(versleep(a, g.soort, n));
  };
  const toets = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    bewaar(versleep(a, e.shiftKey ? 'eind' : 'verplaats', e.key === 'ArrowRight' ? 1 : -1));
  };

  return (
    <button
      type="button"
      aria-label={balkLabel(a, vandaag)}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+Shift+ArrowLeft Alt+Shift+ArrowRight"
      data-testid={`balk-${a.titel}`}
      onClick={() => {
        // The click that ends a drag is not a request to open the form.
        if (gesleept.current) gesleept.current = false;
        else onOpen(a);
      }}
      onPointerDown={omlaag}
      onPointerMove={beweeg}
      onPointerUp={los}
      onPointerCancel={() => {
        greep.current = null;
        setVerschil(0);
      }}
      onKeyDown={toets}
      style={{
        position: 'absolute',
        top: 6,
        bottom: 6,
        left: links + 2,
        width: breedte - 4,
        border: 0,
        borderRadius: 4,
        padding: 0,
        cursor: 'grab',
        touchAction: 'none',
        ...balkStijl(balkSoort(a, vandaag)),
        opacity: voorlopig || verschil ? 0.75 : 1,
        zIndex: 2,
      }}
    >
      <span
        data-rand="eind"
        aria-hidden
        title="Sleep om de laatste maand te wijzigen"
        style={{
          position: 'absolute',
          right: 0,
          top: 0,
          bottom: 0,
          width: 10,
          cursor: 'ew-resize',
          borderLeft: '2px solid rgba(255,255,255,.7)',
        }}
      />
    </button>
  );
}
