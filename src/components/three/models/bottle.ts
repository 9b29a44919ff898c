import {
  CylinderGeometry,
  LatheGeometry,
  TorusGeometry,
  Vector2,
  type Material,
  type Object3D,
} from 'three';
import { assemble, part } from './kit';

/**
 * A drink bottle turned on a lathe: see-through shell, the drink inside up to a level, a printed
 * label sleeve and a ridged screw cap with its tamper ring. Bottom at y = 0, label front to +z.
 */
export interface BottleSpec {
  /** Outer profile as [radius, height] pairs from the base centre up to the neck's lip. */
  profile: [number, number][];
  glass: Material;
  liquid: Material;
  /** Height of the drink's surface. */
  level: number;
  label: { from: number; to: number; material: Material };
  cap: { height: number; radius: number; material: Material; ring?: Material };
  segments?: number;
}

/** The radius of the profile at height y (linear between points). */
export function radiusAt(profile: [number, number][], y: number) {
  for (let i = 0; i + 1 < profile.length; i++) {
    const [r0, y0] = profile[i]!;
    const [r1, y1] = profile[i + 1]!;
    if (y >= y0 && y <= y1 && y1 > y0) return r0 + ((r1 - r0) * (y - y0)) / (y1 - y0);
  }
  return profile[profile.length - 1]![0];
}

export function bottle(name: string, spec: BottleSpec, ...extra: Object3D[]) {
  const segments = spec.segments ?? 40;
  const outline = spec.profile.map(([r, y]) => new Vector2(r, y));
  const shell = part('bottle', new LatheGeometry(outline, segments), spec.glass);
  // the drink: the same outline a little inside, cut off flat at the level
  const inset = 0.08;
  const inner: Vector2[] = [new Vector2(0, inset)];
  for (const [r, y] of spec.profile)
    if (y > inset && y < spec.level) inner.push(new Vector2(Math.max(0.01, r - inset), y));
  inner.push(new Vector2(Math.max(0.01, radiusAt(spec.profile, spec.level) - inset), spec.level));
  inner.push(new Vector2(0, spec.level));
  const drink = part('drink', new LatheGeometry(inner, segments), spec.liquid);
  // the label: an open sleeve whose texture's middle faces +z
  const { from, to } = spec.label;
  const labelRadius = Math.max(radiusAt(spec.profile, from), radiusAt(spec.profile, to)) + 0.02;
  const sleeve = new CylinderGeometry(
    labelRadius,
    labelRadius,
    to - from,
    segments + 8,
    1,
    true,
    -Math.PI,
  );
  const label = part('label', sleeve, spec.label.material);
  label.position.y = (from + to) / 2;
  // a screw cap with fine ridges round its side
  const top = spec.profile[spec.profile.length - 1]![1];
  const capGeometry = new CylinderGeometry(
    spec.cap.radius,
    spec.cap.radius,
    spec.cap.height,
    64,
    1,
  );
  const position = capGeometry.attributes['position']!;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const z = position.getZ(i);
    const r = Math.hypot(x, z);
    if (r < spec.cap.radius * 0.99) continue;
    const angle = Math.atan2(z, x);
    const k = 1 + 0.035 * Math.sign(Math.sin(angle * 32));
    position.setX(i, x * k);
    position.setZ(i, z * k);
  }
  capGeometry.computeVertexNormals();
  const cap = part('cap', capGeometry, spec.cap.material);
  cap.position.y = top - 0.25 + spec.cap.height / 2;
  const ring = part(
    'tamper ring',
    new TorusGeometry(spec.cap.radius * 0.96, 0.07, 6, 40),
    spec.cap.ring ?? spec.cap.material,
  );
  ring.rotation.x = Math.PI / 2;
  ring.position.y = top - 0.4;
  return assemble(name, shell, drink, label, cap, ring, ...extra);
}
