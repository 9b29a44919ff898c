import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MeshBasicMaterial } from 'three';
import { facing, type PanelPlace } from './layout';
import { canvasSize, drawPanel, panelTexture, type PanelStyle, type PanelText } from './panelArt';

/** How long new words take to fade in (never with reduced motion). */
const fadeMs = 280;

/** A click that moved further than this (CSS px) was a drag to look around, not a press. */
const dragSlop = 8;

/**
 * A click from the screen (mouse, touch) that was really a drag to look around. Rays from XR
 * controllers and hands come as @pmndrs/pointer-events events, whose `delta` throws.
 */
function draggedOnScreen(event: ThreeEvent<MouseEvent>) {
  return event.nativeEvent instanceof MouseEvent && event.delta > dragSlop;
}

interface PanelProps {
  place: PanelPlace;
  text: PanelText;
  style: PanelStyle;
  reducedMotion: boolean;
  /** A pressable panel: rays, gaze, mouse and touch all press it. */
  onSelect?: (id: string) => void;
  /** Shown as focused (the page's matching button has keyboard focus). */
  highlighted?: boolean;
}

/**
 * A flat text panel facing the visitor. Pressable panels carry their target id in
 * `userData.target`, which is what gaze-and-dwell looks for.
 */
export function Panel({ place, text, style, reducedMotion, onSelect, highlighted }: PanelProps) {
  const [width, height] = place.size;
  const canvas = useMemo(() => {
    const element = document.createElement('canvas');
    [element.width, element.height] = canvasSize(width, height);
    return element;
  }, [width, height]);
  const texture = useMemo(() => panelTexture(canvas), [canvas]);
  const material = useRef<MeshBasicMaterial>(null);
  const [hovered, setHovered] = useState(false);
  const shownAt = useRef(0);
  const invalidate = useThree((state) => state.invalidate);
  const get = useThree((state) => state.get);
  const words = JSON.stringify(text);

  useEffect(() => {
    drawPanel(canvas, text, style, hovered || Boolean(highlighted));
    texture.needsUpdate = true;
    invalidate();
    // `words` stands for `text`: redrawn when the words change, not when the object does
  }, [canvas, texture, words, style, hovered, highlighted, invalidate]);

  useEffect(() => {
    // words already there when the stage first shows need no fade: its reveal is theirs, and
    // each fading frame is a long task on a phone without a GPU
    const stageShown = get().frameloop !== 'never';
    shownAt.current = reducedMotion || !stageShown ? 0 : performance.now();
    invalidate();
  }, [words, reducedMotion, invalidate, get]);

  useEffect(() => () => texture.dispose(), [texture]);

  useFrame(() => {
    if (!material.current) return;
    const opacity = shownAt.current
      ? Math.min(1, (performance.now() - shownAt.current) / fadeMs)
      : 1;
    material.current.opacity = opacity;
    if (opacity < 1) invalidate();
  });

  const press = onSelect
    ? (event: ThreeEvent<MouseEvent>) => {
        event.stopPropagation();
        if (draggedOnScreen(event)) return;
        onSelect(place.id);
      }
    : undefined;

  return (
    <mesh
      position={place.position}
      rotation={[0, facing(place.position), 0]}
      userData={onSelect ? { target: place.id } : {}}
      {...(press
        ? {
            onClick: press,
            onPointerOver: (event: ThreeEvent<PointerEvent>) => {
              event.stopPropagation();
              setHovered(true);
            },
            onPointerOut: () => setHovered(false),
          }
        : {})}
    >
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial ref={material} map={texture} transparent toneMapped={false} />
    </mesh>
  );
}
