import { useEffect, useRef } from 'react';

// Anything the user does with mouse, keyboard, wheel or finger counts as use.
const ACTIVITEIT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `vergrendel` once nobody used the window for `minuten` minutes (0 = never), while `actief`
 * (a protected file is open). Activity only notes the time, which is cheap enough for every
 * pointermove; the one timer looks at that time when it fires and waits out the rest, rather than
 * being reset on every event.
 */
export function useVergrendelNaInactiviteit(actief: boolean, minuten: number, vergrendel: () => void) {
  // A ref, so a new `vergrendel` on every render does not restart the wait.
  const vergrendelRef = useRef(vergrendel);
  vergrendelRef.current = vergrendel;

  useEffect(() => {
    if (!actief || minuten <= 0) return;
    const wachttijd = minuten * 60_000;
    let laatsteGebruik = Date.now();
    const gebruikt = () => {
      laatsteGebruik = Date.now();
    };
    let timer: ReturnType<typeof setTimeout>;
    const controleer = () => {
      const over = laatsteGebruik + wachttijd - Date.now();
      if (over <= 0) vergrendelRef.current();
      else timer = setTimeout(controleer, over);
    };
    timer = setTimeout(controleer, wachttijd);
    for (const soort of ACTIVITEIT)
      window.addEventListener(soort, gebruikt, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const soort of ACTIVITEIT) window.removeEventListener(soort, gebruikt, { capture: true });
    };
  }, [actief, minuten]);
}
