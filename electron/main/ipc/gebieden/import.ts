import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';
import { WachtendeImport } from '../wachtende-import';

/** A previewed import the user cancelled: main forgets the rows it read. */
export function importHandlers(_session?: Session): GebiedHandlers<'import'> {
  return {
    'import.annuleren': ({ token }) => {
      WachtendeImport.vergeet(token);
      return null;
    },
  };
}
