import { Group } from 'three';
import { Batch, cone, room } from '../kit';
import type { Room } from './types';

/** The calm start: a light room with two plinths, one for each experience, and some plants. */
function build() {
  const batch = new Batch();
  room(
    batch,
    { floor: '#d9e6de', walls: '#eef4f0', ceiling: '#f8fbf9' },
    {
      width: 4.4,
      depth: 3,
      height: 2.8,
    },
  );
  for (const x of [-0.33, 0.33])
    batch.cylinder(0.22, 0.85, '#c5d8cd', [x, 0, -1.35], { sides: 10 });
  for (const x of [-1.6, 1.6]) {
    batch.cylinder(0.16, 0.3, '#b86f50', [x, 0, -2.4], { top: 0.2, sides: 8 });
    cone(batch, 0.3, 0.9, '#3f8f5f', [x, 0.3, -2.4]);
  }
  batch.box([2.4, 0.06, 0.04], '#0b6e4f', [0, 2.1, -2.97]);
  const group = new Group();
  group.name = 'lobby';
  group.add(batch.mesh('lobby room'));
  return group;
}

export const lobbyRoom: Room = {
  id: 'lobby',
  build,
  background: '#eef4f0',
  light: { sky: '#ffffff', ground: '#a9b8ae', key: 1.4 },
};
