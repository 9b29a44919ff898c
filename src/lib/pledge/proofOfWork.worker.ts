import { solveChallenge } from 'altcha-lib/v1';

/**
 * Solves one ALTCHA challenge off the main thread: the hashing takes the better part of a
 * second on a phone, and on the page's own thread it would freeze the form the person is
 * filling in. Receives the challenge's fields, answers with the number or null.
 */
export interface ProofOfWorkTask {
  challenge: string;
  salt: string;
  algorithm: string;
  maxnumber: number;
}

/** The worker's global scope, as much of it as is used (the project's types are the page's). */
const scope = self as unknown as {
  onmessage: (event: MessageEvent<ProofOfWorkTask>) => void;
  postMessage: (message: number | null) => void;
};

scope.onmessage = async (event) => {
  const { challenge, salt, algorithm, maxnumber } = event.data;
  const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise;
  scope.postMessage(solution?.number ?? null);
};
