import type { KioskConfig } from './types';

/**
 * Checks the operator PIN on the kiosk itself, so the panel opens with the network down:
 * PBKDF2-SHA-256 with the salt and iteration count the server used (internal/kiosk/token.go).
 */
export async function pinMatches(pin: string, check: KioskConfig['pin']): Promise<boolean> {
  const salt = new Uint8Array(check.salt.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: check.iterations },
    material,
    256,
  );
  const hex = [...new Uint8Array(bits)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === check.hash;
}
