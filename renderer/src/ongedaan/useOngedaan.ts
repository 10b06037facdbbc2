import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { maakOngedaan, zetQueryClient } from './melden';
import { heeftOngedaan, legeStapel } from './stapel';

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** Inside a text field Ctrl+Z is the field's own undo of typing, not the app's. */
function isTekstInvoer(doel: EventTarget | null): boolean {
  if (!(doel instanceof HTMLElement)) return false;
  if (doel.isContentEditable) return true;
  if (doel instanceof HTMLTextAreaElement || doel instanceof HTMLSelectElement) return true;
  if (!(doel instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(doel.type);
}

/**
 * The app frame's part of undo: Ctrl+Z (Cmd+Z on macOS) takes back the newest change of the open page,
 * and the page's changes are forgotten when the user goes to another area or another file opens.
 */
export function useOngedaan(gebied: string, bestand: string): void {
  const client = useQueryClient();
  useEffect(() => {
    zetQueryClient(client);
    const opToets = (e: KeyboardEvent) => {
      const z = e.key === 'z' || e.key === 'Z';
      if (!z || e.shiftKey || e.altKey || !(IS_MAC ? e.metaKey : e.ctrlKey)) return;
      if (e.defaultPrevented || isTekstInvoer(e.target) || !heeftOngedaan()) return;
      e.preventDefault();
      void maakOngedaan();
    };
    window.addEventListener('keydown', opToets);
    return () => {
      window.removeEventListener('keydown', opToets);
      zetQueryClient(null);
    };
  }, [client]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page and the file are what the stack belongs to.
  useEffect(() => legeStapel, [gebied, bestand]);
}
