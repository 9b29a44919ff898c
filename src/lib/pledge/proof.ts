/** A challenge as GET /api/jindu/pledges/challenge hands it out (ALTCHA v1). */
export interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** The proof the server checks: base64 of the solved challenge as JSON, as ALTCHA v1 sends it. */
export function proofPayload(challenge: Challenge, number: number): string {
  return btoa(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  );
}
