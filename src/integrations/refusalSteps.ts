import type { AstroIntegration } from 'astro';

/**
 * The prevention guide keeps its refusal steps in its frontmatter (`refusalSteps`), because the
 * VR experience teaches the same steps and one copy must serve both. In the guide's body the
 * line `<!-- refusal-steps -->` marks where they go; this Markdown plugin puts them there as
 * the numbered list the guide has always shown. A marker in a file without steps fails the
 * build rather than leaving a hole in the page.
 */
export const refusalStepsMarker = '<!-- refusal-steps -->';

interface Step {
  title: string;
  text: string;
}

/** One step as a Markdown list item's text: Chinese `**说“不”**：…`, English `**Say no.** …`. */
export function stepMarkdown(step: Step): string {
  return /\p{Script=Han}/u.test(step.title)
    ? `**${step.title}**：${step.text}`
    : `**${step.title}.** ${step.text}`;
}

/** The Sätteri plugin (Astro's Markdown processor): an `html` node that is the marker becomes the list. */
const refusalStepsPlugin = {
  name: 'jindu:refusal-steps',
  html(node: { value: string }, context: { data: Record<string, unknown> }) {
    if (node.value.trim() !== refusalStepsMarker) return undefined;
    const astro = context.data['astro'] as { frontmatter?: { refusalSteps?: Step[] } } | undefined;
    const steps = astro?.frontmatter?.refusalSteps;
    if (!steps?.length) throw new Error(`${refusalStepsMarker} in a file without refusalSteps`);
    return { raw: steps.map((step, i) => `${i + 1}. ${stepMarkdown(step)}`).join('\n') };
  },
};

export function refusalSteps(): AstroIntegration {
  return {
    name: 'jindu:refusal-steps',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as {
          name: string;
          options: { mdastPlugins: unknown[] };
        };
        // Astro keeps the processor's options by reference, so a plugin added here is used
        if (processor.name !== 'satteri')
          throw new Error(`refusalSteps needs Astro's Sätteri Markdown, not ${processor.name}`);
        processor.options.mdastPlugins.push(refusalStepsPlugin);
      },
    },
  };
}
