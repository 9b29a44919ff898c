import { createXRStore, useXR, XR, type XRStore } from '@react-three/xr';
import { useMemo, type ReactNode } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Locale } from '../../lib/locale';
import type { ModelDefinition } from './models/types';

/**
 * The VR experience, loaded only where the browser offers immersive VR: a seated scene with the
 * model in front of the visitor at twice its size, and its notes on panels beside it, drawn
 * into textures with the system's fonts (no font download, Chinese included). No walking,
 * nothing to simulate: look, lean, read.
 */
export function createVrStore(): XRStore {
  // no controller or hand models: they would be fetched from a CDN, and a seated viewer needs none
  return createXRStore({ offerSession: false, emulate: false, controller: false, hand: false });
}

/** Where the model floats for a seated visitor, in metres, and how much it is enlarged. */
const seat = { position: [0, 1.1, -0.55] as const, enlarge: 2 };

export function VrScene({
  store,
  models,
  locale,
  children,
}: {
  store: XRStore;
  models: ModelDefinition[];
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <XR store={store}>
      <Presenting models={models} locale={locale}>
        {children}
      </Presenting>
    </XR>
  );
}

function Presenting({
  models,
  locale,
  children,
}: {
  models: ModelDefinition[];
  locale: Locale;
  children: ReactNode;
}) {
  const session = useXR((state) => state.session);
  const built = useMemo(() => models.map((model) => model.build()), [models]);
  if (!session) return <>{children}</>;
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9b2a4', 1.6]} />
      <directionalLight position={[2, 4, 2]} intensity={2} />
      {built.map((group, i) => (
        <group
          key={models[i]!.id}
          position={[
            seat.position[0] + (i - (built.length - 1) / 2) * 0.35,
            seat.position[1],
            seat.position[2],
          ]}
          scale={0.01 * seat.enlarge}
        >
          <primitive object={group} />
        </group>
      ))}
      {models[0]!.annotations.map((annotation, n) => (
        <NotePanel
          key={annotation.id}
          text={`${n + 1}. ${annotation.title[locale]}\n${annotation.text[locale]}`}
          position={[0.45, 1.35 - n * 0.16, -0.7]}
        />
      ))}
    </>
  );
}

/** A panel of text for VR, drawn on a canvas texture. */
function NotePanel({ text, position }: { text: string; position: [number, number, number] }) {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1024;
    canvas.height = 256;
    const context = canvas.getContext('2d')!;
    context.fillStyle = 'rgba(255,255,255,0.94)';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#17201d';
    const font = getComputedStyle(document.documentElement).fontFamily;
    const [title = '', ...rest] = text.split('\n');
    context.font = `700 52px ${font}`;
    context.fillText(title, 32, 72, canvas.width - 64);
    context.font = `400 36px ${font}`;
    context.fillText(rest.join(' '), 32, 150, canvas.width - 64);
    const map = new CanvasTexture(canvas);
    map.colorSpace = SRGBColorSpace;
    return map;
  }, [text]);
  return (
    <mesh position={position} rotation={[0, -0.35, 0]}>
      <planeGeometry args={[0.5, 0.125]} />
      <meshBasicMaterial map={texture} transparent />
    </mesh>
  );
}
