import { ConeGeometry, Group } from 'three';
import { Batch, chair, cone, room, seatedPerson } from '../kit';
import type { Room } from './types';

/**
 * Xiaoyu's birthday: a warm living room, a table with a cake and cups, balloons and bunting,
 * friends round the table, and Hao across from the visitor with the "milk tea" sachet.
 */
function build() {
  const batch = new Batch();
  room(
    batch,
    { floor: '#c39b74', walls: '#f4e4d4', ceiling: '#fbf5ee' },
    {
      width: 5,
      depth: 3.2,
      height: 2.7,
    },
  );
  // a window with daylight on the left wall
  batch.box([0.04, 0.9, 1.2], '#cfe6f5', [-2.47, 1.1, -1.6]);
  batch.box([0.05, 0.06, 1.3], '#ffffff', [-2.46, 1.07, -1.6]);
  // the table between the visitor and Hao
  batch.box([1.2, 0.04, 0.75], '#e9d2b4', [0, 0.7, -1.15]);
  for (const x of [-0.55, 0.55])
    for (const z of [-0.82, -1.48]) batch.box([0.05, 0.7, 0.05], '#b98d62', [x, 0, z]);
  // the cake with candles (steady flames: nothing flickers)
  batch.cylinder(0.15, 0.08, '#fff7ef', [-0.3, 0.74, -1.2], { sides: 12 });
  batch.cylinder(0.15, 0.035, '#f49ac1', [-0.3, 0.82, -1.2], { sides: 12 });
  for (const [dx, dz] of [
    [-0.06, 0],
    [0.05, 0.04],
    [0.02, -0.06],
  ] as const) {
    batch.cylinder(0.006, 0.06, '#7fc8f8', [-0.3 + dx, 0.855, -1.2 + dz], { sides: 5 });
    cone(batch, 0.009, 0.022, '#ffcc4d', [-0.3 + dx, 0.915, -1.2 + dz]);
  }
  // plates and cups
  for (const [x, z] of [
    [0.3, -0.95],
    [-0.25, -0.9],
    [0.35, -1.35],
  ] as const) {
    batch.cylinder(0.09, 0.01, '#ffffff', [x, 0.74, z], { sides: 10 });
    batch.cylinder(0.035, 0.1, '#8fd3c7', [x + 0.12, 0.74, z], { top: 0.04, sides: 8 });
  }
  // friends round the table: Hao across, two more at the corners
  chair(batch, '#a9714b', [0, 0, -1.72], 0);
  seatedPerson(
    batch,
    { skin: '#f1c7a5', hair: '#2b2320', top: '#3f7fd1', legs: '#2f3b52' },
    [0, 0, -1.72],
    0,
  );
  chair(batch, '#a9714b', [-1.0, 0, -1.45], 0.7);
  seatedPerson(
    batch,
    { skin: '#e9b98f', hair: '#3b2a22', top: '#f2a541', legs: '#5a4a6b' },
    [-1.0, 0, -1.45],
    0.7,
  );
  chair(batch, '#a9714b', [1.0, 0, -1.45], -0.7);
  seatedPerson(
    batch,
    { skin: '#f5d0b5', hair: '#161414', top: '#e25c7a', legs: '#394a3f' },
    [1.0, 0, -1.45],
    -0.7,
  );
  cone(batch, 0.06, 0.14, '#ffd23f', [1.0, 1.3, -1.45]);
  // balloons with strings in the back corners, and bunting on the back wall
  const balloons = [
    ['#ff6b6b', -2.0, 1.9],
    ['#ffd93d', -1.75, 2.1],
    ['#6bcB77', 1.9, 2.0],
    ['#4d96ff', 2.15, 1.8],
  ] as const;
  for (const [color, x, y] of balloons) {
    batch.ball(0.16, color, [x, y, -3.0], [1, 1.2, 1]);
    batch.cylinder(0.004, y - 0.2, '#888888', [x, 0, -3.0], { sides: 3 });
  }
  const flags = ['#ff6b6b', '#ffd93d', '#6bcb77', '#4d96ff', '#c77dff'];
  for (let i = 0; i < 15; i++) {
    const flag = new ConeGeometry(0.08, 0.16, 3).rotateZ(Math.PI);
    batch.add(flag, flags[i % flags.length]!, {
      at: [-1.75 + i * 0.25, 2.2, -3.12],
      scale: [1, 1, 0.15],
    });
  }
  const group = new Group();
  group.name = 'party';
  group.add(batch.mesh('party room'));
  return group;
}

export const partyRoom: Room = {
  id: 'party',
  build,
  background: '#f4e4d4',
  light: { sky: '#fffaf2', ground: '#b08a6a', key: 1.6 },
  // held out by Hao, beside the buttons rather than behind them
  prop: { at: [0.3, 0.86, -1.42], turn: [0, -0.3, 0], scale: 0.022 },
};
