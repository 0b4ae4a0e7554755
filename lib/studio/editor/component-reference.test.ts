import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import { CONTENT_COMPONENTS } from '@/lib/scenario/definition';
import { scenarioSource } from '@/lib/scenario/testing/scenario-source';
import { COMPONENT_REFERENCE, referenceFor } from './component-reference';

/** Each component placed where it is allowed: the compiler reads attributes only there. Others go in a scene. */
const INSIDE: Record<string, (element: string) => string> = {
  Scene: (element) => element.replace('>', '>\n<Choice to="end">Go</Choice>\n<Choice to="end">Stay</Choice>\n</Scene>'),
  Ending: (element) => `${element}Done.</Ending>`,
  Choice: (element) => `<Scene id="one">\n\n${element}Go</Choice>\n<Choice to="end">Stay</Choice>\n</Scene>`,
  Compose: (element) => `<Scene id="one">\n\n${element}\nWrite.\n</Compose>\n</Scene>`,
  Route: (element) => `<Scene id="one">\n\n${element.replace('>', ' />')}\n</Scene>`,
  Feedback: (element) => `<Scene id="one">\n\n<Choice to="end">\nGo\n\n${element}\nWhy.\n</Feedback>\n</Choice>\n<Choice to="end">Stay</Choice>\n</Scene>`,
  Example: (element) => `<Scene id="one">\n\n<Compose pass="end" fail="end" checks="short">\nWrite.\n\n${element}\nA reply.\n</Example>\n</Compose>\n</Scene>`,
  Comment: (element) => `<Scene id="one">\n\n<Post author="A">\nHi.\n\n${element}\nYes.\n</Comment>\n</Post>\n\n<Route to="end" />\n</Scene>`,
  Message: (element) => `<Scene id="one">\n\n<Chat with="A">\n${element}\nHi.\n</Message>\n</Chat>\n\n<Route to="end" />\n</Scene>`,
  Reply: (element) => `<Scene id="one">\n\n<Review author="A" rating={1}>\nBad.\n\n${element}\nSorry.\n</Reply>\n</Review>\n\n<Route to="end" />\n</Scene>`,
  ForumPost: (element) => `<Scene id="one">\n\n<Forum name="F">\n${element}\nHi.\n</ForumPost>\n</Forum>\n\n<Route to="end" />\n</Scene>`,
  Setting: (element) => `<Scene id="one">\n\n<Profile name="P">\n${element.replace('>', ' />')}\n</Profile>\n\n<Route to="end" />\n</Scene>`,
};

function storyContent(element: string, name: string): string {
  return `<Scene id="one">\n\n${element}\nText.\n</${name}>\n\n<Route to="end" />\n</Scene>`;
}

/** The attributes the compiler allows on `name`, read from its message about an unknown one. */
function compilerAttributes(name: string): string[] {
  const element = `<${name} zzz="1">`;
  const body = `${(INSIDE[name] ?? ((e: string) => storyContent(e, name)))(element)}\n\n<Ending id="end" rating="best">Done.</Ending>`;
  const { diagnostics } = compileScenario({ source: scenarioSource({ body }), file: 'test-scenario.mdx' });
  const message = diagnostics.find((d) => d.message.startsWith(`<${name}> has no attribute \`zzz\``))?.message;
  if (!message) throw new Error(`no unknown-attribute message for <${name}>: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
  return message.includes('takes no attributes') ? [] : message.split('allowed: ')[1]!.split(', ');
}

describe('the components quick reference', () => {
  it('lists every content component and every structure component', () => {
    for (const name of [...CONTENT_COMPONENTS, 'Scene', 'Ending', 'Choice', 'Compose', 'Route', 'Feedback', 'Example']) {
      expect(referenceFor(name), name).toBeDefined();
    }
  });

  it.each(COMPONENT_REFERENCE.map((component) => [component.name]))('lists exactly the attributes the compiler allows on <%s>', (name) => {
    const listed = referenceFor(name)!.attributes.map((attribute) => attribute.name).sort();
    expect(listed).toEqual(compilerAttributes(name).sort());
  });
});
