import { ApiError, FieldErrors } from './api';
import type { Messages } from './messages';

/**
 * Error code → translated message, the one way for every island. A code comes from our routes
 * (`ApiError.code`) or from PocketBase's check of a records-API write (`FieldErrors`, one code
 * per field) and names a key of the `errors` messages; a feature may hand its islands a table
 * with more codes (the teacher's `validation_*` and `roster_*`).
 */

/** The site's error messages by code, as islands receive them. */
export type ErrorMessages = Messages['errors'];

/**
 * The message `messages` has for `code`, if it has its own (so `toString` is no code).
 * @example messageFor(labels.player.gone, 'session_ended') // '这个课堂已经结束了。'
 */
export function messageFor(
  messages: Readonly<Record<string, string>>,
  code: string,
): string | undefined {
  return Object.hasOwn(messages, code) ? messages[code] : undefined;
}

/**
 * The code an error is shown by: an ApiError's own, the first refused field's for FieldErrors
 * (`invalid` without one), and `internal` for anything else (a bug, not a refusal).
 */
export function errorCode(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (error instanceof FieldErrors) return Object.values(error.fields)[0] ?? 'invalid';
  return 'internal';
}

/** The generic message: `invalid` for a refused field where the table has it, else `internal`. */
function generic(messages: ErrorMessages, error: unknown): string {
  return (error instanceof FieldErrors && messageFor(messages, 'invalid')) || messages.internal;
}

/**
 * The translated message for anything a call threw: its code's message, or the generic one.
 * @example errorMessage(labels.errors, new ApiError(409, 'already_answered', '')) // '这道题已经作答过了。'
 */
export function errorMessage(messages: ErrorMessages, error: unknown): string {
  return messageFor(messages, errorCode(error)) ?? generic(messages, error);
}

/** Each refused field's translated message, for showing beside the field; {} for other errors. */
export function fieldMessages(messages: ErrorMessages, error: unknown): Record<string, string> {
  if (!(error instanceof FieldErrors)) return {};
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, code]) => [
      field,
      messageFor(messages, code) ?? generic(messages, error),
    ]),
  );
}

/**
 * What a refused form shows: a message beside each refused field, or, when no field was named,
 * one line for the whole form.
 */
export function formErrors(
  messages: ErrorMessages,
  error: unknown,
): { fields: Record<string, string>; line: string } {
  const fields = fieldMessages(messages, error);
  return { fields, line: Object.keys(fields).length ? '' : errorMessage(messages, error) };
}
