import { useEffect, useState } from 'react';

/** The current page from the URL hash (`#/instellingen`), so a reload stays on the same page. */
const read = () => window.location.hash.replace(/^#\/?/, '') || 'dashboard';

export function useHashRoute(): [string, (pad: string) => void] {
  const [pad, setPad] = useState(read);
  useEffect(() => {
    const onChange = () => setPad(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [
    pad,
    (next) => {
      window.location.hash = `/${next}`;
    },
  ];
}
