import { Group } from 'three';
import { Batch, room, seatedPerson } from '../kit';
import type { Room } from './types';

/**
 * A KTV room after exams: low indigo light, sofas round a low table, the song screen on the
 * back wall (steady, never flashing), and Jie on the sofa across with the vape in his hand.
 */
function build() {
  const batch = new Batch();
  room(
    batch,
    { floor: '#3d3656', walls: '#3a3563', ceiling: '#2a2646' },
    {
      width: 4.4,
      depth: 3.0,
      height: 2.6,
    },
  );
  // the song screen: a bright panel with lyric bars
  batch.box([1.9, 1.05, 0.04], '#20243a', [0, 1.05, -2.95]);
  batch.box([1.8, 0.95, 0.02], '#4f79d8', [0, 1.1, -2.92]);
  for (const [width, y] of [
    [1.1, 1.35],
    [0.8, 1.22],
  ] as const)
    batch.box([width, 0.05, 0.01], '#f5f7ff', [0, y, -2.9]);
  // sofas: one along the back, one on each side
  const sofa = '#8a3f73';
  batch.box([2.6, 0.42, 0.6], sofa, [0, 0, -2.15]);
  batch.box([2.6, 0.45, 0.18], sofa, [0, 0.42, -2.38]);
  for (const side of [-1, 1]) {
    batch.box([0.6, 0.42, 1.6], sofa, [side * 1.55, 0, -1.35]);
    batch.box([0.18, 0.45, 1.6], sofa, [side * 1.78, 0.42, -1.35]);
  }
  // the low table with microphones, cups and a bowl of fruit
  batch.box([1.3, 0.05, 0.6], '#c9c3d9', [0, 0.4, -1.3]);
  batch.box([1.2, 0.4, 0.5], '#59506f', [0, 0, -1.3]);
  for (const x of [-0.35, -0.25]) {
    batch.cylinder(0.018, 0.16, '#e8e8ee', [x, 0.45, -1.2], {
      sides: 6,
      turn: [0, 0, Math.PI / 2],
    });
  }
  for (const [x, z] of [
    [0.2, -1.15],
    [0.35, -1.4],
    [-0.1, -1.45],
  ] as const)
    batch.cylinder(0.035, 0.11, '#f6c453', [x, 0.45, z], { top: 0.04, sides: 8 });
  batch.cylinder(0.1, 0.05, '#ffffff', [-0.4, 0.45, -1.45], { sides: 10 });
  for (const [dx, color] of [
    [-0.03, '#ff8c42'],
    [0.04, '#9bd770'],
    [0, '#ffd93d'],
  ] as const)
    batch.ball(0.03, color, [-0.4 + dx, 0.52, -1.45]);
  // coloured ceiling lights: fixed colours, no movement
  for (const [x, color] of [
    [-1.2, '#ff7eb6'],
    [0, '#7ee0ff'],
    [1.2, '#c4a7ff'],
  ] as const)
    batch.ball(0.09, color, [x, 2.5, -1.6]);
  // friends: Jie on the back sofa facing the visitor, two more on the side sofas
  seatedPerson(
    batch,
    { skin: '#e8b792', hair: '#1c1a1a', top: '#f2f2f2', legs: '#2b3a55' },
    [0, 0, -2.05],
    0,
  );
  seatedPerson(
    batch,
    { skin: '#f3cba9', hair: '#4a2f22', top: '#5fb49c', legs: '#3b3b45' },
    [-1.5, 0, -1.2],
    Math.PI / 2,
  );
  seatedPerson(
    batch,
    { skin: '#dba67c', hair: '#121111', top: '#f08a4b', legs: '#2f2f3a' },
    [1.5, 0, -1.5],
    -Math.PI / 2,
  );
  const group = new Group();
  group.name = 'ktv';
  group.add(batch.mesh('ktv room'));
  return group;
}

export const ktvRoom: Room = {
  id: 'ktv',
  build,
  background: '#2a2646',
  light: { sky: '#d9d4ff', ground: '#4a3b5c', key: 1.2 },
  // in Jie's hand, held up towards the visitor
  prop: { at: [0.3, 0.8, -1.8], turn: [0, 0, 1.2], scale: 0.022 },
  lineAt: [0, 1.62, -1.9],
};
