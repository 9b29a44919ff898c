import { Group } from 'three';
import { Batch, room } from '../kit';
import type { Room } from './types';

/**
 * The visitor's own room the night before exams: a desk with books, a lamp and a laptop, a
 * calendar with the exam day marked, a window with the moon, and a phone floating in front
 * where the chat appears.
 */
function build() {
  const batch = new Batch();
  room(
    batch,
    { floor: '#8c7259', walls: '#a9bccf', ceiling: '#c9d6e2' },
    {
      width: 3.6,
      depth: 2.4,
      height: 2.6,
    },
  );
  // the desk the visitor sits at
  batch.box([1.4, 0.04, 0.6], '#d9b98f', [0, 0.7, -0.95]);
  for (const x of [-0.66, 0.66]) batch.box([0.05, 0.7, 0.55], '#b08b62', [x, 0, -0.95]);
  // books in a pile and open exercise books
  const books = ['#d1495b', '#edae49', '#00798c', '#30638e'];
  books.forEach((color, i) =>
    batch.box([0.24, 0.035, 0.17], color, [-0.48, 0.74 + i * 0.036, -1.05], [0, i * 0.12, 0]),
  );
  batch.box([0.3, 0.01, 0.21], '#fbfbf6', [-0.12, 0.74, -0.82], [0, -0.15, 0]);
  // laptop on the right, lid open, screen dim
  batch.box([0.34, 0.02, 0.24], '#8d949e', [0.42, 0.74, -0.98]);
  batch.box([0.34, 0.22, 0.015], '#5b6470', [0.42, 0.76, -1.1], [-0.25, 0, 0]);
  // desk lamp on the left
  batch.cylinder(0.07, 0.02, '#3c4a5a', [-0.2, 0.74, -1.15], { sides: 10 });
  batch.cylinder(0.012, 0.32, '#3c4a5a', [-0.2, 0.76, -1.15], { sides: 5 });
  batch.cylinder(0.08, 0.1, '#f3d36b', [-0.2, 1.06, -1.15], { top: 0.03, sides: 10 });
  // window on the back wall with the moon and a few stars
  batch.box([1.2, 0.8, 0.03], '#1f2f4f', [0.2, 1.2, -2.38]);
  batch.box([1.3, 0.06, 0.05], '#f4f1ea', [0.2, 1.17, -2.36]);
  batch.ball(0.08, '#fff5c7', [0.5, 1.75, -2.34]);
  for (const [x, y] of [
    [-0.2, 1.8],
    [0.05, 1.6],
    [0.7, 1.45],
    [-0.25, 1.4],
  ] as const)
    batch.ball(0.015, '#ffffff', [x, y, -2.35]);
  // the calendar beside the window, exam day ringed in red
  batch.box([0.4, 0.45, 0.02], '#ffffff', [-0.85, 1.25, -2.37]);
  batch.box([0.4, 0.09, 0.022], '#d1495b', [-0.85, 1.61, -2.37]);
  batch.cylinder(0.04, 0.005, '#d1495b', [-0.78, 1.4, -2.355], {
    sides: 10,
    turn: [Math.PI / 2, 0, 0],
  });
  // the bed along the right wall
  batch.box([1.0, 0.45, 2.0], '#7c8fb0', [1.3, 0, -1.2]);
  batch.box([0.9, 0.12, 0.4], '#f4f1ea', [1.3, 0.45, -2.0]);
  // the phone the chat appears on, floating at reading distance
  batch.box([1.3, 0.44, 0.02], '#1d1f24', [0.12, 1.16, -1.44]);
  const group = new Group();
  group.name = 'chat';
  group.add(batch.mesh('bedroom'));
  return group;
}

export const chatRoom: Room = {
  id: 'chat',
  build,
  background: '#1f2f4f',
  light: { sky: '#e6eeff', ground: '#6b5a4a', key: 1.3 },
  lineAt: [0.12, 1.38, -1.3],
};
