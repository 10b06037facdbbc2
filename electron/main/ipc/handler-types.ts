import type { z } from 'zod';
import type { ChannelName, Contract, OutputOf } from '../../../shared/api/contract';

type Parsed<C extends ChannelName> = z.output<Contract[C]['input']>;

/** One function per channel of the contract: its validated input in, its output out. */
export type Handlers = { [C in ChannelName]: (input: Parsed<C>) => Promise<OutputOf<C>> | OutputOf<C> };

/** The channels of one area of the contract (`sroi` → `sroi.overzicht`, `sroi.exporteren`, …). */
export type KanalenVan<A extends string> = Extract<ChannelName, `${A}.${string}`>;

/** The handler map of one area: exactly its channels, no more, no fewer. */
export type GebiedHandlers<A extends string> = Pick<Handlers, KanalenVan<A>>;
