import * as three from 'three';

/**
 * The JSX elements both 3D scenes (the model viewer and the VR world) use, for R3F's `extend`:
 * registering only these, rather than R3F's <Canvas> registering all of three.js, keeps the
 * download small.
 */
export const sceneElements = {
  DirectionalLight: three.DirectionalLight,
  Group: three.Group,
  HemisphereLight: three.HemisphereLight,
  Mesh: three.Mesh,
  MeshBasicMaterial: three.MeshBasicMaterial,
  PlaneGeometry: three.PlaneGeometry,
};
