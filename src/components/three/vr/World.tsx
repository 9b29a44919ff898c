import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Box3, Color, Mesh, MeshLambertMaterial, type Group, type Object3D } from 'three';
import type { OrganId } from '../../../lib/vr/body';
import type { Scene3D, Target } from '../../../lib/vr/view';
import { loadModel } from '../models';
import { Fade } from './Fade';
import {
  debriefPanel,
  exitPanel,
  linePanel,
  sidePanel,
  targetPlaces,
  type PanelPlace,
} from './layout';
import { Panel } from './Panel';
import type { PanelStyle } from './panelArt';
import { roomOf } from './rooms';

/**
 * The world a view takes place in: its room, the replica the friend offers, the line being
 * said, the buttons, the way out and, for the body, the figure whose organs glow. Rooms change
 * behind a short fade to dark; words fade in; with reduced motion both are instant.
 */
export interface WorldProps {
  scene: Scene3D;
  reducedMotion: boolean;
  onSelect: (id: string) => void;
  /** The target whose page button has keyboard focus, drawn as focused here too. */
  focused: string | null;
  /** In a headset: the way out is a panel in the room (on screens it is a page button). */
  immersive: boolean;
  /** Called once a room's first complete frame is drawn (its cost is read then). */
  onRoomDrawn?: (room: string) => void;
}

export function World({
  scene,
  reducedMotion,
  onSelect,
  focused,
  immersive,
  onRoomDrawn,
}: WorldProps) {
  const { view, exit } = scene;
  const room = roomOf(view);
  const [shown, setShown] = useState(room);
  const built = useMemo(() => shown.build(), [shown]);
  const prop = useProp(view.kind === 'offer' ? view.prop : null, shown.id);

  // a new room: fade to dark, swap while dark, fade back (Fade calls back at the darkest)
  const changing = shown.id !== room.id;
  // a room counts as drawn once everything in it is, the offered replica included
  const complete = !(view.kind === 'offer' && view.prop) || prop !== null;
  const drawn = useRef<string | null>(null);
  useFrame(() => {
    if (drawn.current === shown.id || changing || !complete) return;
    drawn.current = shown.id;
    requestAnimationFrame(() => onRoomDrawn?.(shown.id));
  });

  const style = (target: Target): PanelStyle => target.tone ?? 'button';
  const places = targetPlaces(view);
  const button = (target: Target, place: PanelPlace) => (
    <Panel
      key={`${target.id}`}
      place={place}
      text={
        target.detail
          ? { title: target.label, lines: [target.detail] }
          : { lines: [], title: target.label }
      }
      style={style(target)}
      reducedMotion={reducedMotion}
      onSelect={onSelect}
      highlighted={focused === target.id}
    />
  );

  return (
    <>
      <color attach="background" args={[shown.background]} />
      <hemisphereLight args={[shown.light.sky, shown.light.ground, 2.9]} />
      <directionalLight position={[1.5, 3, 1]} intensity={shown.light.key} />
      <primitive object={built} />
      {prop && shown.prop && (
        <Placed object={prop} at={shown.prop.at} turn={shown.prop.turn} scale={shown.prop.scale} />
      )}
      {shown.id === 'body' && view.kind === 'body' && (
        <Figure built={built} lit={view.lit} focus={view.focus} onSelect={onSelect} />
      )}
      {!changing && (
        <>
          {view.kind === 'offer' && view.line && (
            <Panel
              place={shown.lineAt ? { ...linePanel, position: shown.lineAt } : linePanel}
              text={
                view.line.who
                  ? { title: view.line.who, lines: [view.line.text] }
                  : { lines: [view.line.text] }
              }
              style={
                view.line.speaker === 'narrator'
                  ? 'narration'
                  : view.line.speaker === 'you'
                    ? 'you'
                    : 'line'
              }
              reducedMotion={reducedMotion}
            />
          )}
          {view.kind === 'debrief' && (
            <Panel
              place={debriefPanel}
              text={{ title: view.heading, lines: view.lines }}
              style="note"
              reducedMotion={reducedMotion}
            />
          )}
          {view.kind === 'body' && (
            <Panel
              place={sidePanel}
              text={{ title: view.heading, lines: view.lines }}
              style="note"
              reducedMotion={reducedMotion}
            />
          )}
          {view.targets.map((target, i) => button(target, places[i]!))}
          {exit && immersive && button(exit, exitPanel)}
        </>
      )}
      <Fade active={changing} reducedMotion={reducedMotion} onDark={() => setShown(room)} />
    </>
  );
}

/** The offered replica, loaded by id from the model registry, in metres instead of centimetres. */
function useProp(id: string | null, roomId: string): Group | null {
  const [prop, setProp] = useState<{ id: string; group: Group } | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    void loadModel(id).then((model) => {
      if (current) setProp({ id, group: model.build() });
    });
    return () => {
      current = false;
    };
  }, [id, roomId]);
  return prop && prop.id === id ? prop.group : null;
}

/** Puts an object's bottom at `at`, scaled and turned. */
function Placed({
  object,
  at,
  turn,
  scale,
}: {
  object: Object3D;
  at: [number, number, number];
  turn: [number, number, number];
  scale: number;
}) {
  const lift = useMemo(() => -new Box3().setFromObject(object).min.y, [object]);
  return (
    <group position={at} rotation={turn} scale={scale}>
      <primitive object={object} position={[0, lift, 0]} />
    </group>
  );
}

const glow = new Color('#ffb23f');
const calm = new Color('#000000');
/** Organs a drug does not touch fade to grey, so the lit ones stand out by more than colour. */
const resting = new Color('#cfcac4');

/**
 * The figure's organs: lit ones glow a soft amber (the one in focus brighter), the rest stay
 * muted. Pressing an organ focuses it; the see-through skin lets rays reach the organs inside.
 */
function Figure({
  built,
  lit,
  focus,
  onSelect,
}: {
  built: Group;
  lit: OrganId[];
  focus: OrganId | null;
  onSelect: (id: string) => void;
}) {
  const figure = useMemo(() => built.getObjectByName('figure')!, [built]);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    figure.traverse((object) => {
      if (!(object instanceof Mesh)) return;
      const organ = object.userData['organ'] as OrganId;
      const material = object.material as MeshLambertMaterial;
      if (organ === 'skin') {
        object.raycast = () => {};
        material.opacity = lit.includes('skin') ? 0.42 : 0.26;
      }
      const on = lit.includes(organ);
      object.userData['colour'] ??= material.color.clone();
      if (organ !== 'skin')
        material.color.copy(on || !lit.length ? (object.userData['colour'] as Color) : resting);
      material.emissive.copy(on ? glow : calm);
      material.emissiveIntensity = organ === focus ? 0.85 : on ? 0.45 : 0;
    });
    invalidate();
  }, [figure, lit, focus, invalidate]);
  const press = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    const organ = event.object.userData['organ'] as OrganId | undefined;
    if (organ && lit.includes(organ)) onSelect(`organ:${organ}`);
  };
  return <primitive object={figure} onClick={press} />;
}
