import { fill } from '../messages';
import type { BodyDrugId, OrganId } from './body';
import { finishedScenes, nextAction, type OfferProgress } from './offerFlow';
import type { Line, VrScript } from './script';
import type { Scene3D, SpokenLine, Target, WorldView } from './view';

/**
 * From where the visitor is to what is shown: the 3D view and the page's buttons come from the
 * same targets, and the page's transcript from the same lines. Plain functions of plain data.
 */
export type Mode =
  | { kind: 'lobby' }
  | { kind: 'offer'; progress: OfferProgress }
  | { kind: 'body'; drug: BodyDrugId | null; organ: OrganId | null };

/** The words the presentation needs (the island's messages, `vr.*`). */
export interface PresentLabels {
  lobbyHeading: string;
  offerTitle: string;
  offerSummary: string;
  bodyTitle: string;
  bodySummary: string;
  exit: string;
  you: string;
  prompt: string;
  next: Record<'next' | 'next-scene' | 'debrief' | 'retry', string>;
  finish: string;
  restart: string;
  lobby: string;
  debriefHeading: string;
  choices: Record<string, string>;
  topics: Record<string, string>;
  pickDrug: string;
  pickOrgan: string;
  shortTerm: string;
  longTerm: string;
  practisedIn: string;
  tryNext: string;
  afterHeadset: string;
  /** `{{term}} · {{organs}}：{{text}}`, with the language's own punctuation. */
  bodyLine: string;
  organJoin: string;
}

/** The line a scene is on, and every line shown so far in this scene (for the transcript). */
export function offerLines(
  progress: OfferProgress,
  script: VrScript,
): { current: Line | null; shown: Line[] } {
  const at = progress.at;
  if (at.phase === 'debrief') return { current: null, shown: [] };
  const scene = script.scenes[at.scene]!;
  switch (at.phase) {
    case 'offer': {
      const shown = scene.offer.slice(0, at.beat + 1);
      return { current: shown.at(-1)!, shown };
    }
    case 'choose':
      return { current: null, shown: scene.offer };
    case 'response': {
      const then = scene.responses.find((r) => r.id === at.choice)!.then.slice(0, at.beat + 1);
      return { current: then.at(-1)!, shown: [...scene.offer, ...then] };
    }
    case 'consequences': {
      const accepted = scene.responses.find((r) => r.id === 'accept')!.then;
      const consequences = scene.accepted.slice(0, at.beat + 1);
      return {
        current: consequences.at(-1)!,
        shown: [...scene.offer, ...accepted, ...consequences],
      };
    }
  }
}

/** Who speaks a line, as shown. */
export function speakerOf(line: Line, labels: PresentLabels): string {
  if (line.topic) return labels.topics[line.topic] ?? '';
  if (line.speaker === 'you') return labels.you;
  return line.name;
}

function spoken(line: Line, labels: PresentLabels): SpokenLine {
  return {
    speaker: line.speaker,
    who: speakerOf(line, labels),
    text: line.source ? `${line.text}\n${line.source.title}` : line.text,
  };
}

/** The targets of the offer at this moment: the six responses, or "next" (and "finish"). */
function offerTargets(progress: OfferProgress, script: VrScript, labels: PresentLabels): Target[] {
  const at = progress.at;
  if (at.phase === 'debrief')
    return [
      { id: 'restart', label: labels.restart, tone: 'primary' },
      { id: 'lobby', label: labels.lobby, tone: 'quiet' },
    ];
  if (at.phase === 'choose')
    return script.scenes[at.scene]!.responses.map((response) => ({
      id: `choice:${response.id}`,
      label: labels.choices[response.id] ?? response.id,
      detail: response.says,
      tone: response.id === 'accept' ? 'warn' : 'button',
    }));
  const action = nextAction(progress, script.scenes);
  const targets: Target[] = action
    ? [{ id: 'next', label: labels.next[action], tone: 'primary' }]
    : [];
  if (at.phase === 'offer' && at.beat === 0 && finishedScenes(progress) > 0)
    targets.push({ id: 'finish', label: labels.finish, tone: 'quiet' });
  return targets;
}

/**
 * The 3D view and its way out. At the start there is nothing to leave, except at a booth
 * that has a home to go back to (`leaveLabel`). The debrief in the headset also tells the true
 * peer norm (`norm`), since the page is out of sight there.
 */
export function present(
  mode: Mode,
  script: VrScript,
  labels: PresentLabels,
  options: { leaveLabel?: string | undefined; norm?: string } = {},
): Scene3D {
  const label = mode.kind === 'lobby' ? options.leaveLabel : labels.exit;
  return {
    view: viewOf(mode, script, labels, options.norm ?? ''),
    exit: label ? { id: 'exit', label, tone: 'quiet' } : null,
  };
}

function viewOf(mode: Mode, script: VrScript, labels: PresentLabels, norm: string): WorldView {
  switch (mode.kind) {
    case 'lobby':
      return {
        kind: 'lobby',
        heading: labels.lobbyHeading,
        targets: [
          {
            id: 'start:offer',
            label: labels.offerTitle,
            detail: labels.offerSummary,
            tone: 'primary',
          },
          {
            id: 'start:body',
            label: labels.bodyTitle,
            detail: labels.bodySummary,
            tone: 'primary',
          },
        ],
      };
    case 'offer': {
      const at = mode.progress.at;
      const targets = offerTargets(mode.progress, script, labels);
      if (at.phase === 'debrief')
        return {
          kind: 'debrief',
          heading: labels.debriefHeading,
          lines: debriefLines(mode.progress, script, labels, norm),
          targets,
        };
      const scene = script.scenes[at.scene]!;
      const { current } = offerLines(mode.progress, script);
      return {
        kind: 'offer',
        scene: scene.id,
        prop: scene.prop,
        line: current
          ? spoken(current, labels)
          : { speaker: 'narrator', who: '', text: labels.prompt },
        targets,
      };
    }
    case 'body': {
      const drug = script.drugs.find((candidate) => candidate.id === mode.drug);
      const effects =
        drug?.effects.filter((effect) => !mode.organ || effect.organs.includes(mode.organ)) ?? [];
      const organName = (id: OrganId) => script.organs.find((organ) => organ.id === id)?.name ?? id;
      const lit = [...new Set(drug?.effects.flatMap((effect) => effect.organs) ?? [])];
      return {
        kind: 'body',
        heading: drug ? drug.name : labels.bodyTitle,
        lit,
        focus: mode.organ,
        // in a headset a long list cannot be read: the organs first, then one organ's effects
        lines: !drug
          ? [labels.pickDrug]
          : !mode.organ
            ? [lit.map(organName).join(labels.organJoin), labels.pickOrgan]
            : effects.map((effect) =>
                fill(labels.bodyLine, {
                  term: effect.term === 'short' ? labels.shortTerm : labels.longTerm,
                  organs: effect.organs.map(organName).join(labels.organJoin),
                  text: effect.text,
                }),
              ),
        targets: script.drugs.map((candidate) => ({
          id: `drug:${candidate.id}`,
          label: candidate.name,
          pressed: candidate.id === mode.drug,
          tone: candidate.id === mode.drug ? 'primary' : 'button',
        })),
        organs: lit.map((id) => ({ id, label: organName(id) })),
      };
    }
  }
}

/**
 * The debrief in a few lines, for the headset: each refusal practised and the guide's step it
 * is, the steps still to try, the peer norm, and that the guide and the quiz wait on the page.
 */
function debriefLines(
  progress: OfferProgress,
  script: VrScript,
  labels: PresentLabels,
  norm: string,
): string[] {
  const stepTitle = (id: string) => script.steps.find((step) => step.id === id)?.title ?? id;
  const used = new Set<string>();
  const practised = script.scenes.flatMap((scene, index) => {
    const last = progress.chosen[index]?.at(-1);
    const response = scene.responses.find((r) => r.id === last);
    if (!response?.skill) return [];
    used.add(response.skill);
    return [fill(labels.practisedIn, { skill: stepTitle(response.skill), scene: scene.title })];
  });
  const untried = script.steps.filter((step) => !used.has(step.id)).map((step) => step.title);
  return [
    ...practised,
    ...(untried.length ? [fill(labels.tryNext, { steps: untried.join(labels.organJoin) })] : []),
    ...(norm ? [norm] : []),
    labels.afterHeadset,
  ];
}
