'use client';

import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type CompletionContext, type CompletionResult as EditorCompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tagHighlighter, tags } from '@lezer/highlight';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { completeAt, type CompletionNames } from '@/lib/studio/editor/completion';
import type { EditorDiagnostic } from '@/lib/studio/editor/diagnostics';

/** Moves the editor to a source line (1-based) and focuses it. */
export interface CodeEditorHandle {
  goToLine: (line: number) => void;
}

export interface CodeEditorProps {
  initialText: string;
  onChange: (text: string) => void;
  diagnostics: readonly EditorDiagnostic[];
  /** Read at each completion, so it always reflects the latest analysis. */
  names: CompletionNames;
  /** The id of the element that labels the editor. */
  labelledBy: string;
  /** The id of the element that explains the keys (Escape leaves, Ctrl-Space completes). */
  describedBy: string;
  /** Escape: where focus goes when the author leaves the editor. */
  onLeave: () => void;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * Token classes styled by Tailwind (see TOKEN_CLASSES) instead of CodeMirror's own theme, so
 * the colours follow the site's light and dark schemes and need no injected style rules.
 */
const highlighter = tagHighlighter([
  { tag: [tags.tagName, tags.angleBracket], class: 'tok-tag' },
  { tag: tags.attributeName, class: 'tok-attribute' },
  { tag: [tags.attributeValue, tags.string], class: 'tok-string' },
  { tag: [tags.heading, tags.strong], class: 'tok-strong' },
  { tag: tags.emphasis, class: 'tok-emphasis' },
  { tag: [tags.link, tags.url], class: 'tok-link' },
  { tag: [tags.comment, tags.meta, tags.processingInstruction], class: 'tok-comment' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'tok-key' },
  { tag: [tags.number, tags.bool, tags.null], class: 'tok-number' },
]);

const TOKEN_CLASSES = [
  '[&_.tok-tag]:text-indigo-800 dark:[&_.tok-tag]:text-indigo-300',
  '[&_.tok-attribute]:text-teal-800 dark:[&_.tok-attribute]:text-teal-300',
  '[&_.tok-string]:text-rose-800 dark:[&_.tok-string]:text-rose-300',
  '[&_.tok-strong]:font-bold',
  '[&_.tok-emphasis]:italic',
  '[&_.tok-link]:underline',
  '[&_.tok-comment]:text-slate-600 dark:[&_.tok-comment]:text-slate-400',
  '[&_.tok-key]:text-sky-800 dark:[&_.tok-key]:text-sky-300',
  '[&_.tok-number]:text-amber-800 dark:[&_.tok-number]:text-amber-300',
].join(' ');

/** CodeMirror's base theme picks light or dark colours (selection, gutters) from this flag. */
function schemeTheme(dark: boolean) {
  return EditorView.theme(
    {
      '&': { color: dark ? '#f1f5f9' : '#0f172a', backgroundColor: dark ? '#0f172a' : '#ffffff', fontSize: '0.9375rem' },
      '.cm-content': { caretColor: dark ? '#f1f5f9' : '#0f172a', fontFamily: 'ui-monospace, monospace' },
      '.cm-cursor': { borderLeftColor: dark ? '#f1f5f9' : '#0f172a' },
      '.cm-gutters': { backgroundColor: dark ? '#1e293b' : '#f1f5f9', color: dark ? '#cbd5e1' : '#334155', borderRight: 'none' },
      '&.cm-focused': { outline: `2px solid ${dark ? '#7dd3fc' : '#0369a1'}`, outlineOffset: '2px' },
      // No maximum height: a scrolling box around the editor would be a second, unfocusable scroll region (axe).
      '.cm-scroller': { minHeight: '24rem' },
    },
    { dark },
  );
}

/** The nonce Next.js put on its scripts; CodeMirror puts it on its <style> where a browser lacks constructable style sheets. */
function pageNonce(): string {
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
}

/**
 * The scenario source editor: CodeMirror 6 with MDX and YAML-frontmatter highlighting, the
 * language's completion and the compiler's diagnostics inline. Tab is left to move focus (no
 * tab trap); Escape calls `onLeave`.
 */
export function CodeEditor({ initialText, onChange, diagnostics, names, labelledBy, describedBy, onLeave, ref }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, names, onLeave });
  useEffect(() => {
    latest.current = { onChange, names, onLeave };
  });

  useImperativeHandle(ref, () => ({
    goToLine(line: number) {
      const editor = view.current;
      if (!editor) return;
      const target = editor.state.doc.line(Math.min(Math.max(line, 1), editor.state.doc.lines));
      editor.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) });
      editor.focus();
    },
  }));

  useEffect(() => {
    const scheme = new Compartment();
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const complete = (context: CompletionContext): EditorCompletionResult | null => {
      const offset = Math.max(0, context.pos - 4000);
      const result = completeAt(context.state.sliceDoc(offset, context.pos), context.pos - offset, latest.current.names);
      return result && { from: result.from + offset, options: result.options, validFor: /^[\w-]*$/ };
    };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          EditorView.cspNonce.of(pageNonce()),
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          bracketMatching(),
          closeBrackets(),
          EditorView.lineWrapping,
          yamlFrontmatter({ content: markdown({ completeHTMLTags: false }) }),
          syntaxHighlighting(highlighter),
          autocompletion({ override: [complete] }),
          scheme.of(schemeTheme(media.matches)),
          keymap.of([
            ...closeBracketsKeymap,
            ...completionKeymap,
            ...lintKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            {
              key: 'Escape',
              run: () => {
                latest.current.onLeave();
                return true;
              },
            },
          ]),
          EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-describedby': describedBy }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    const followScheme = (event: MediaQueryListEvent) => editor.dispatch({ effects: scheme.reconfigure(schemeTheme(event.matches)) });
    media.addEventListener('change', followScheme);
    return () => {
      media.removeEventListener('change', followScheme);
      editor.destroy();
      view.current = null;
    };
    // The editor owns its text once created; later `initialText` values are ignored on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const clamped = diagnostics.map((diagnostic) => ({
      from: Math.min(diagnostic.from, length),
      to: Math.min(diagnostic.to, length),
      severity: diagnostic.severity,
      message: diagnostic.message,
    }));
    editor.dispatch(setDiagnostics(editor.state, clamped));
  }, [diagnostics]);

  return <div ref={host} className={`overflow-hidden rounded-lg border border-slate-400 dark:border-slate-500 ${TOKEN_CLASSES}`} />;
}
