import { CylinderGeometry, TorusGeometry } from 'three';
import { assemble, matte, part } from './models/kit';

/**
 * The scale reference beside every model: a 1-yuan coin, 2.5 cm across and 1.85 mm thick,
 * something every visitor has held.
 */
export const coinDiameter = 2.5;

export function coin() {
  // little metalness: without an environment map, metal reflects nothing and looks black
  const metal = matte('#d4d7dc', { roughness: 0.3, metalness: 0.35 });
  const body = part(
    'coin',
    new CylinderGeometry(coinDiameter / 2, coinDiameter / 2, 0.185, 48),
    metal,
  );
  const rim = part('coin rim', new TorusGeometry(coinDiameter / 2 - 0.08, 0.045, 6, 48), metal);
  rim.rotation.x = Math.PI / 2;
  rim.position.y = 0.095;
  return assemble('1-yuan coin', body, rim);
}
