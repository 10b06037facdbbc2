import { createContext, useContext } from 'react';
import type { OpdrachtId } from '../../../shared/opdrachten';

/** Runs a command from the one list (shared/opdrachten.ts); provided by `Opdrachten`. */
export type VoerUit = (id: OpdrachtId) => void;

export const OpdrachtContext = createContext<VoerUit>(() => undefined);

/** The function that runs a command: what the menus, the palette and the shortcuts all call. */
export const useVoerUit = (): VoerUit => useContext(OpdrachtContext);
