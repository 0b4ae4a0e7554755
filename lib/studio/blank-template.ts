/**
 * The text a new scenario starts from in the studio: the smallest scenario that compiles with no
 * diagnostic at all (two scenes, a choice each way, two endings), so an author starts from
 * something that plays and changes it step by step. The rules it follows are the scenario
 * language's (docs/scenario-language.md).
 */
export function blankScenarioSource(scenarioId: string): string {
  return `---
id: ${scenarioId}
title: A new scenario
summary: One sentence on the situation the learner is put in.
platform: facebook
minutes: 5
outcomes: [B]
objectives:
  - Say what the learner should be able to do afterwards
sources: [gdc-social]
version: 1
---

<Scene id="the-post" title="The situation">

Describe the situation the learner is in, and what they see.

<Choice to="good-ending" points={2}>
The professional thing to do

<Feedback>
Why this protects the patient and the learner.
</Feedback>
</Choice>

<Choice to="poor-ending" points={-1}>
A tempting mistake

<Feedback>
Why this goes wrong.
</Feedback>
</Choice>

</Scene>

<Ending id="good-ending" rating="best" title="Handled well">

What went well, and the guidance behind it.

</Ending>

<Ending id="poor-ending" rating="poor" title="Think again">

What went wrong, and what to do next time.

</Ending>
`;
}
