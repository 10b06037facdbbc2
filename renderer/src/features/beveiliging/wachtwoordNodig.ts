import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';

/** The file chosen is protected: not a failure, main keeps it waiting for its passphrase. */
export const isWachtwoordNodig = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.error.code === 'WACHTWOORD_NODIG';

/**
 * The message of the last open attempt that needs a passphrase ("X.tafelwerk is beveiligd met een
 * wachtwoord."), while `actief`. Watching the mutation cache catches every open command, wherever
 * in the app it was given, without each of them having to know about the unlock dialog.
 */
export function useWachtwoordGevraagd(actief: boolean): [string | null, () => void] {
  const client = useQueryClient();
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    if (!actief) {
      setMelding(null);
      return;
    }
    return client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isWachtwoordNodig(event.action.error))
        setMelding(event.action.error.message);
    });
  }, [client, actief]);

  return [melding, () => setMelding(null)];
}
