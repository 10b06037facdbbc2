import { v7 } from 'uuid';

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, from the `uuid` package. Time-ordered
 * ids keep inserts local in the B-tree and make records from several laptops mergeable later. The
 * package keeps them strictly increasing within a process, also within one millisecond and when the
 * computer's clock steps back. Ids carry the computer's time, not the product clock (shared/klok.ts):
 * they order records and are never shown as a date.
 */
export function uuidv7(): string {
  return v7();
}
