/** Random ids the kiosk draws for itself, offline. */

function randomIndices(count: number, modulo: number): number[] {
  return [...crypto.getRandomValues(new Uint8Array(count))].map((b) => b % modulo);
}

/** An idempotency key for one visitor action (128 bits, URL-safe). */
export function actionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * A certificate code in the server's alphabet (pocketbase/internal/pledge: no 0/O, 1/I/L), drawn
 * on the kiosk so the certificate's QR code works before the pledge reaches the server.
 */
export function certificateCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return randomIndices(10, alphabet.length)
    .map((i) => alphabet[i])
    .join('');
}
