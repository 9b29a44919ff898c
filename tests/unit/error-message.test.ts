import { describe, expect, test } from 'vitest';
import { ApiError, FieldErrors } from '../../src/lib/api';
import {
  errorCode,
  errorMessage,
  fieldMessages,
  formErrors,
  messageFor,
} from '../../src/lib/errorMessage';
import en from '../../src/i18n/en.json' with { type: 'json' };

const site = en.errors;
const teacher = { ...en.errors, ...en.teacher.errors };

describe('error messages', () => {
  test('an API error shows its code’s message', () => {
    const error = new ApiError(409, 'already_answered', 'answered');
    expect(errorMessage(site, error)).toBe(site.already_answered);
  });

  test('an unknown code, or anything that is not an API error, shows the generic message', () => {
    expect(errorMessage(site, new ApiError(500, 'no_such_code', ''))).toBe(site.internal);
    expect(errorMessage(site, new Error('boom'))).toBe(site.internal);
    expect(errorMessage(site, 'boom')).toBe(site.internal);
    expect(errorCode(new TypeError('x'))).toBe('internal');
  });

  test('an inherited property is no code', () => {
    expect(messageFor(site, 'toString')).toBeUndefined();
    expect(errorMessage(site, new ApiError(400, 'constructor', ''))).toBe(site.internal);
  });

  test('a table may add codes: the teacher’s field codes', () => {
    const error = new FieldErrors({ email: 'validation_not_unique', name: 'no_such_code' });
    expect(errorCode(error)).toBe('validation_not_unique');
    expect(errorMessage(teacher, error)).toBe(teacher.validation_not_unique);
    expect(fieldMessages(teacher, error)).toEqual({
      email: teacher.validation_not_unique,
      name: teacher.invalid,
    });
  });

  test('a refused field without a known code shows `invalid`; with no field either', () => {
    expect(errorMessage(teacher, new FieldErrors({ roster: 'no_such_code' }))).toBe(
      teacher.invalid,
    );
    expect(errorCode(new FieldErrors({}))).toBe('invalid');
    expect(errorMessage(teacher, new FieldErrors({}))).toBe(teacher.invalid);
  });

  test('only a refused write has field messages', () => {
    expect(fieldMessages(teacher, new ApiError(400, 'invalid_body', ''))).toEqual({});
  });

  test('a feature’s own table, such as why a phone left a session', () => {
    expect(messageFor(en.live.player.gone, 'session_ended')).toBe(
      en.live.player.gone.session_ended,
    );
    expect(messageFor(en.live.player.gone, 'session_full')).toBeUndefined();
  });

  test('a refused form shows its fields’ messages, or one line when no field was named', () => {
    const refused = new FieldErrors({ email: 'validation_not_unique' });
    expect(formErrors(teacher, refused)).toEqual({
      fields: { email: teacher.validation_not_unique },
      line: '',
    });
    expect(formErrors(teacher, new ApiError(403, 'forbidden', ''))).toEqual({
      fields: {},
      line: teacher.forbidden,
    });
  });
});
