/**
 * How an input takes a code copied off paper or a screen (a student card, a homework or
 * certificate code, a booth's pairing code): in capitals, with no autocomplete or spell-check
 * to get in the way. Spread it on the input: `<input {...codeTyping} />`.
 */
export const codeTyping = {
  autocomplete: 'off',
  autocapitalize: 'characters',
  spellcheck: 'false',
} as const;
