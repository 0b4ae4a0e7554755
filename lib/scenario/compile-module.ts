import { z } from 'zod';
import { OUTCOMES, type Diagnostic, type ModuleDefinition } from './definition';
import { ID_HINT, ID_PATTERN, readYaml, type Position } from './frontmatter';
import { suggestion } from './suggest';
import { normaliseSource } from './normalise-source';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().regex(ID_PATTERN, `must be ${ID_HINT}`);

const moduleSchema = z.strictObject({
  id,
  title: text(120),
  provider: text(200),
  description: text(4000),
  aims: text(2000),
  objectives: z.array(text(300)).min(1),
  outcomes: z.array(z.enum(OUTCOMES)).min(1).refine((values) => new Set(values).size === values.length, 'must not repeat an outcome'),
  hours: z.number().positive('must be more than 0').max(100),
  scenarios: z.array(id).min(1).refine((values) => new Set(values).size === values.length, 'must not list a scenario twice'),
  qualityAssurance: z.strictObject({ by: text(200), statement: text(1000) }),
  feedbackRequired: z.boolean(),
  recommendedTopics: z.array(text(200)).min(1).optional(),
  version: z.int().min(1).optional(),
});

const FIELD_HELP: Record<string, string> = {
  id: `the module id (${ID_HINT}), equal to its folder name`,
  title: 'the module title',
  provider: 'the CPD provider named on certificates',
  description: 'a description of the learning content',
  aims: 'the aims of the module',
  objectives: 'a list of learning objectives',
  outcomes: `a list of GDC development outcomes from ${OUTCOMES.join(', ')}`,
  hours: 'the verifiable CPD hours credited, a number such as 1 or 1.5',
  scenarios: 'the ordered list of scenario ids in this module',
  qualityAssurance: 'who quality-assured the module and the statement for certificates, as {by, statement}',
  feedbackRequired: 'true or false: whether a learner must give feedback before the certificate',
  recommendedTopics: 'a list of GDC recommended topics the module covers',
  version: 'a whole number from 1 (1 when absent), printed on certificates',
};

export interface CompileModuleOptions {
  source: string;
  file: string;
  /** Ids of the scenarios that exist; when given, every listed scenario must be among them (E004). */
  scenarioIds?: Iterable<string>;
}

export interface CompileModuleResult {
  definition?: ModuleDefinition;
  diagnostics: Diagnostic[];
}

/** Validates a module.yaml against the spec's Modules section; never throws. */
export function compileModule({ source, file, scenarioIds }: CompileModuleOptions): CompileModuleResult {
  const diagnostics: Diagnostic[] = [];
  const report = (code: 'E001' | 'E004', position: Position, message: string) =>
    diagnostics.push({ file, line: position.line, column: position.column, code, severity: 'error', message });
  const yaml = readYaml(normaliseSource(source), { line: 1, column: 1 });
  for (const problem of yaml.problems) report('E001', problem, problem.message);
  if (yaml.value === undefined) return { diagnostics };
  const parsed = moduleSchema.safeParse(yaml.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        for (const unknown of issue.keys) {
          report('E001', yaml.positionOf([...issue.path, unknown]), `unknown key \`${unknown}\`${suggestion(unknown, Object.keys(FIELD_HELP))} in module.yaml`);
        }
      } else if (issue.path.length === 0) {
        report('E001', yaml.positionOf([]), `module.yaml must be a list of \`key: value\` lines (${Object.keys(FIELD_HELP).join(', ')})`);
      } else {
        const help = issue.path.length === 1 ? FIELD_HELP[key] : undefined;
        report('E001', yaml.positionOf(issue.path), `\`${key}\` ${help ? `must be ${help}: ` : ''}${issue.message}`);
      }
    }
    return { diagnostics };
  }
  const data = parsed.data;
  const folder = /([^/\\]+)[/\\]module\.ya?ml$/i.exec(file)?.[1];
  if (folder !== undefined && folder !== data.id) {
    report('E001', yaml.positionOf(['id']), `\`id\` is "${data.id}" but the folder is "${folder}": make them the same`);
  }
  if (scenarioIds) {
    const known = new Set(scenarioIds);
    data.scenarios.forEach((scenario, index) => {
      if (!known.has(scenario)) {
        report('E004', yaml.positionOf(['scenarios', index]), `scenario "${scenario}" does not exist in this module${suggestion(scenario, known)}: add ${scenario}.mdx beside module.yaml or fix the id`);
      }
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  return {
    diagnostics,
    definition: {
      id: data.id,
      title: data.title,
      provider: data.provider,
      description: data.description,
      aims: data.aims,
      objectives: data.objectives,
      outcomes: data.outcomes,
      hours: data.hours,
      scenarios: data.scenarios,
      qualityAssurance: data.qualityAssurance,
      feedbackRequired: data.feedbackRequired,
      ...(data.recommendedTopics ? { recommendedTopics: data.recommendedTopics } : {}),
      version: data.version ?? 1,
    },
  };
}
