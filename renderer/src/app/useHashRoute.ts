import { useEffect, useState } from 'react';

/**
 * The current path from the URL hash (`#/kandidaten/0193…`), so a reload stays on the same page.
 * The first segment picks the area; the rest (if any) is for the area itself, e.g. a record id.
 */
const read = () => window.location.hash.replace(/^#\/?/, '') || 'dashboard';

/** Navigate to a path such as `kandidaten` or `kandidaten/<id>`; every useHashRoute follows. */
export function gaNaar(pad: string): void {
  window.location.hash = `/${pad}`;
}

/** Splits `kandidaten/<id>` into the area (`kandidaten`) and the rest (`<id>`, or null). */
export function splitsPad(pad: string): { gebied: string; rest: string | null } {
  const [gebied = '', ...rest] = pad.split('/');
  return { gebied, rest: rest.length ? decodeURIComponent(rest.join('/')) : null };
}

export function useHashRoute(): [string, (pad: string) => void] {
  const [pad, setPad] = useState(read);
  useEffect(() => {
    const onChange = () => setPad(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [pad, gaNaar];
}
