import { Box3, Mesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/components/three/models';
import { overlayCost, sceneBudget, sceneCostOf } from '../../src/components/three/vr/budget';
import {
  debriefPanel,
  exitPanel,
  eyeHeight,
  linePanel,
  sidePanel,
  targetPlaces,
  type PanelPlace,
} from '../../src/components/three/vr/layout';
import type { WorldView } from '../../src/lib/vr/view';
import { rooms } from '../../src/components/three/vr/rooms';
import { organIds } from '../../src/lib/vr/body';
import { choiceIds } from '../../src/lib/vr/types';

/**
 * Every room of the VR experience, built in Node: with its replica model and the most text
 * panels a view can add, it stays within the per-scene budget a standalone headset can draw
 * at 72 fps; it is the same on every build; and the visitor's seat and buttons are clear.
 */
const all = Object.values(rooms);

describe.each(all)('room $id', (room) => {
  it(`stays within ${sceneBudget.triangles} triangles, ${sceneBudget.drawCalls} draw calls and ${sceneBudget.textures} textures of at most ${sceneBudget.textureSize}²`, async () => {
    const cost = sceneCostOf(room.build());
    const prop = room.prop ? sceneCostOf((await loadModel(propOf(room.id))).build()) : null;
    const total = {
      triangles: cost.triangles + (prop?.triangles ?? 0) + overlayCost.triangles,
      drawCalls: cost.drawCalls + (prop?.drawCalls ?? 0) + overlayCost.drawCalls,
      textures: cost.textures + (prop?.textures ?? 0) + overlayCost.textures,
      textureSize: Math.max(cost.textureSize, prop?.textureSize ?? 0),
    };
    expect(total.triangles).toBeLessThanOrEqual(sceneBudget.triangles);
    expect(total.drawCalls).toBeLessThanOrEqual(sceneBudget.drawCalls);
    expect(total.textures).toBeLessThanOrEqual(sceneBudget.textures);
    expect(total.textureSize).toBeLessThanOrEqual(sceneBudget.textureSize);
  });

  it('builds the same room every time', () => {
    expect(sceneCostOf(room.build())).toEqual(sceneCostOf(room.build()));
  });

  it('leaves the visitor’s seat free and puts a wall behind it', () => {
    const seat = new Box3(new Vector3(-0.3, 0.3, -0.35), new Vector3(0.3, 1.5, 0.3));
    const built = room.build();
    built.updateMatrixWorld(true);
    built.traverse((object) => {
      if (!(object instanceof Mesh) || object.name.startsWith('organ:')) return;
      const position = object.geometry.attributes['position']!;
      const point = new Vector3();
      for (let i = 0; i < position.count; i++) {
        point.fromBufferAttribute(position, i).applyMatrix4(object.matrixWorld);
        expect(seat.containsPoint(point), `${object.name} reaches into the seat`).toBe(false);
      }
    });
    const whole = new Box3().setFromObject(built);
    expect(whole.max.z).toBeGreaterThan(1);
  });
});

function propOf(id: string) {
  return id === 'party' ? 'milk-tea-sachet' : 'vape-pod';
}

describe('the figure', () => {
  it('has one mesh per organ, so each can light up on its own', () => {
    const names: string[] = [];
    rooms.body.build().traverse((object) => names.push(object.name));
    for (const organ of organIds) expect(names).toContain(`organ:${organ}`);
  });
});

describe('the buttons', () => {
  const targets = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `t${i}`, label: `${i}` }));

  it('lay the six responses out without overlapping, below the eyes, within reach', () => {
    const places = targetPlaces({
      kind: 'offer',
      scene: 'party',
      prop: null,
      line: null,
      targets: targets(choiceIds.length),
    });
    expect(places).toHaveLength(6);
    for (const a of places) {
      expect(a.position[1]).toBeLessThan(1.2);
      expect(Math.hypot(a.position[0], a.position[2])).toBeLessThan(1);
      for (const b of places) {
        if (a === b) continue;
        const apart =
          Math.abs(a.position[0] - b.position[0]) >= (a.size[0] + b.size[0]) / 2 ||
          Math.abs(a.position[1] - b.position[1]) >= (a.size[1] + b.size[1]) / 2;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });
});

/** A panel's extent as seen from the seat: azimuth and elevation ranges in degrees. */
function seen(place: PanelPlace) {
  const [x, y, z] = place.position;
  const [width, height] = place.size;
  const distance = Math.hypot(x, z);
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  const centre = degrees(Math.atan2(x, -z));
  const half = degrees(Math.atan2(width / 2, distance));
  return {
    left: centre - half,
    right: centre + half,
    bottom: degrees(Math.atan2(y - height / 2 - eyeHeight, distance)),
    top: degrees(Math.atan2(y + height / 2 - eyeHeight, distance)),
  };
}

describe('what the visitor sees from the seat', () => {
  const targets = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `t${i}`, label: `${i}` }));
  const views: [string, WorldView, PanelPlace[]][] = [
    ['lobby', { kind: 'lobby', heading: '', targets: targets(2) }, []],
    ...(['party', 'ktv', 'chat'] as const).flatMap((scene): [string, WorldView, PanelPlace[]][] => [
      [
        `${scene}, choosing`,
        { kind: 'offer', scene, prop: null, line: null, targets: targets(6) },
        [rooms[scene].lineAt ? { ...linePanel, position: rooms[scene].lineAt! } : linePanel],
      ],
      [
        `${scene}, a line`,
        { kind: 'offer', scene, prop: null, line: null, targets: targets(2) },
        [rooms[scene].lineAt ? { ...linePanel, position: rooms[scene].lineAt! } : linePanel],
      ],
    ]),
    ['debrief', { kind: 'debrief', heading: '', lines: [], targets: targets(2) }, [debriefPanel]],
    [
      'body',
      {
        kind: 'body',
        heading: '',
        lit: [],
        focus: null,
        lines: [],
        targets: targets(6),
        organs: [],
      },
      [sidePanel],
    ],
  ];

  it.each(views)(
    '%s: every panel in a phone’s or a desktop’s first view, the exit clear of the rest',
    (_, view, text) => {
      const panels = [...targetPlaces(view), ...text];
      for (const panel of [...panels, exitPanel]) {
        const extent = seen(panel);
        // a 72° wide view (phones), and from 33° below to 21° above the eyes (desktops)
        expect(Math.max(-extent.left, extent.right), panel.id).toBeLessThanOrEqual(36);
        expect(extent.bottom, panel.id).toBeGreaterThanOrEqual(-33);
        expect(extent.top, panel.id).toBeLessThanOrEqual(21);
      }
      const exit = seen(exitPanel);
      for (const panel of panels) {
        const other = seen(panel);
        const apart =
          exit.right <= other.left ||
          other.right <= exit.left ||
          exit.top <= other.bottom ||
          other.top <= exit.bottom;
        expect(apart, `the exit covers ${panel.id}`).toBe(true);
      }
    },
  );
});
