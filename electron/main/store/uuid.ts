import { randomBytes } from 'node:crypto';
import { nu } from '../../../shared/klok';

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered ids keep
 * inserts local in the B-tree and make records from several laptops mergeable later.
 */
let lastMs = 0;
let counter = 0;

export function uuidv7(now = nu().getTime()): string {
  // Within one millisecond (or when the clock steps back), bump a 12-bit counter in rand_a so ids
  // stay sortable; when the counter overflows, borrow the next millisecond (RFC 9562, 6.2).
  if (now <= lastMs) {
    counter = (counter + 1) & 0xfff;
    if (counter === 0) lastMs++;
    now = lastMs;
  } else {
    lastMs = now;
    counter = randomBytes(2).readUInt16BE(0) & 0x7ff;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
