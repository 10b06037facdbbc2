/**
 * Matches a message without zod's English words: every error the user can see is Dutch. For
 * `expect(message).toMatch(DUTCH_ONLY)` and `expect.stringMatching(DUTCH_ONLY)`.
 */
export const DUTCH_ONLY = /^(?!.*\b(Invalid|Unrecognized|expected|received|Required)\b)/;
