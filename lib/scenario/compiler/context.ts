import type { Diagnostic, DiagnosticCode, EndingDefinition, SceneDefinition, VariableDefinition } from '../definition';
import type { Position } from '../frontmatter';
import type { SourceRegister } from '../source-register';

/** Where a diagnostic points when nothing better is known: the first line of the file. */
export const START: Position = { line: 1, column: 1 };

const WARNING_CODES = new Set<DiagnosticCode>(['W101', 'W102', 'W103', 'W104']);

/** A scene or ending, as the graph checks see it. */
export interface GraphNode {
  id: string;
  kind: 'scene' | 'ending';
  position: Position;
}

/** A way from one scene to a named target; `attribute` is what the author wrote it in (to, pass, fail). */
export interface GraphEdge {
  from: string;
  to: string;
  attribute: string;
  position: Position;
}

/** What a scene offers to move on, recorded by the structure pass for the graph checks (E006). */
interface SceneExit {
  /** The scene's id, or "?" when it has none. */
  id: string;
  position: Position;
  /** Whether it holds a `<Choice>` or a `<Compose>`. */
  decides: boolean;
  /** Whether one of its routes has no `when`, so it always moves on. */
  alwaysRoutes: boolean;
  routeCount: number;
}

/**
 * The state the compiler's passes share: what each pass learns for the later ones, and every
 * diagnostic. One context per compilation; passes run in the order the facade gives.
 */
export class CompileContext {
  readonly diagnostics: Diagnostic[] = [];

  /** Declared variables (front matter pass). */
  variables: Record<string, VariableDefinition> = {};
  /** False when the front matter could not be read: then variable and source checks would only mislead. */
  frontmatterKnown = false;
  /** Ids of the sources the front matter cites, for the citation checks. */
  sourceIds = new Set<string>();
  /** Where a variable is declared in the front matter (W103 points there). */
  variablePosition: (name: string) => Position = () => START;
  /** Where the front matter's `start` key is (E004 points there). */
  startPosition: Position = START;

  /** Variables a `when` reads and an effect writes, gathered while lowering (W103). */
  readonly readVariables = new Set<string>();
  readonly writtenVariables = new Set<string>();

  /** The scene graph, gathered by the structure pass for the graph checks. */
  readonly nodes: GraphNode[] = [];
  readonly nodeIds = new Map<string, GraphNode>();
  readonly edges: GraphEdge[] = [];
  /** Route edges again, pointing at the `<Route>` element, for the route loop check. */
  readonly routeEdges: GraphEdge[] = [];
  readonly exits: SceneExit[] = [];

  /** The lowered scenes and endings, in source order, for emit. */
  readonly scenes: SceneDefinition[] = [];
  readonly endings: EndingDefinition[] = [];

  constructor(
    /** Shown in diagnostics. */
    readonly file: string,
    /** When given, citations are checked against it (E012, E013). */
    readonly register?: SourceRegister,
  ) {}

  /** Records a problem; the severity follows from the code (W… are warnings). */
  report(code: DiagnosticCode, position: Position, message: string): void {
    this.diagnostics.push({
      file: this.file,
      line: position.line,
      column: position.column,
      code,
      severity: WARNING_CODES.has(code) ? 'warning' : 'error',
      message,
    });
  }

  hasErrors(): boolean {
    return this.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  }
}
