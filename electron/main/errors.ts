import type { ErrorCode } from '../../shared/api/result';

/** A failure the user should read: a code for programs and a Dutch message for people. */
export class AppFault extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFault';
  }
}
