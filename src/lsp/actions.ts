/**
 * Code actions on a finding: its safe fix (the same edit `--fix` makes), "Disable <rule> for
 * this line", and, for an acronym or a spelling, "Add <word> to the project's …" (an edit to the
 * nearest config file, or a new .plainlintrc.yaml when there is none).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../types.js';
import type { CheckResult } from './check.js';
import { canEdit, configWithAddition, newConfig, readConfigText, type Addition } from './config-edit.js';
import { rangeOf, SOURCE, type DiagnosticData } from './convert.js';

export interface ActionContext {
  doc: TextDocument;
  result: CheckResult;
  /** The requested range. */
  range: Range;
  /** The client's diagnostics for the range (matched to findings by their data, or by place). */
  diagnostics: Diagnostic[];
  /** Kinds the client asked for (`context.only`), if any. */
  only?: string[];
  /** Where a new config file would go (the workspace folder holding the document), if any. */
  newConfigFolder?: string;
  /** Whether the client can create files in a workspace edit. */
  canCreateFiles: boolean;
}

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export async function codeActions(ctx: ActionContext): Promise<CodeAction[]> {
  const { doc, result } = ctx;
  const uri = doc.uri;
  const actions: CodeAction[] = [];
  const here = result.findings
    .map((finding, index) => ({ finding, index, range: rangeOf(doc, finding) }))
    .filter((f) => overlaps(f.range, ctx.range));
  const diagnosticFor = (index: number, range: Range): Diagnostic | undefined =>
    ctx.diagnostics.find((d) => d.source === SOURCE && (d.data as DiagnosticData | undefined)?.index === index) ??
    ctx.diagnostics.find((d) => d.source === SOURCE && d.code === result.findings[index]!.ruleId && sameRange(d.range, range));

  if (wanted(ctx.only, CodeActionKind.QuickFix)) {
    // The safe fixes first: they are what the writer most likely wants.
    for (const { finding, index, range } of here) {
      if (!finding.fix) continue;
      const diagnostic = diagnosticFor(index, range);
      actions.push({
        title: fixTitle(finding),
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        edit: { changes: { [uri]: [fixEdit(doc, finding)] } },
      });
    }
    const seen = new Set<string>();
    for (const { finding, index, range } of here) {
      const addition = additionFor(finding);
      if (!addition) continue;
      const key = `${addition.kind}\0${addition.word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const edit = await configEdit(ctx, addition);
      if (!edit) continue;
      const diagnostic = diagnosticFor(index, range);
      actions.push({
        title: addition.kind === 'acronym' ? `Add “${addition.word}” to the project’s acronyms` : `Add “${addition.word}” to the project’s words`,
        kind: CodeActionKind.QuickFix,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        edit,
      });
    }
    const disabled = new Set<string>();
    for (const { finding, index, range } of here) {
      const key = `${finding.ruleId}\0${range.start.line}`;
      if (disabled.has(key)) continue;
      disabled.add(key);
      const diagnostic = diagnosticFor(index, range);
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        edit: { changes: { [uri]: [disableEdit(doc, finding.ruleId, range.start.line)] } },
      });
    }
  }
  // "Fix all": with a finding's own fixes, when there is more than one to make; and as the
  // source action editors run on save (editor.codeActionsOnSave: source.fixAll.plainlint).
  const fixable = result.findings.filter((f) => f.fix);
  const onSave = Boolean(ctx.only?.length) && wanted(ctx.only, `${CodeActionKind.SourceFixAll}.plainlint`);
  if (fixable.length && onSave) {
    actions.push({ title: 'Fix all safe plainlint problems', kind: `${CodeActionKind.SourceFixAll}.plainlint`, edit: { changes: { [uri]: fixAllEdits(doc, fixable) } } });
  } else if (fixable.length > 1 && here.some((h) => h.finding.fix) && wanted(ctx.only, CodeActionKind.QuickFix)) {
    actions.push({ title: `Fix all ${fixable.length} safe problems in this document`, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: fixAllEdits(doc, fixable) } } });
  }
  return actions;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function fixTitle(finding: Finding): string {
  const from = finding.excerpt.length > 40 ? `${finding.excerpt.slice(0, 39)}…` : finding.excerpt;
  return finding.fix!.text ? `Change “${from}” to “${finding.fix!.text}”` : `Remove “${from}”`;
}

function fixEdit(doc: TextDocument, finding: Finding): TextEdit {
  const [start, end] = finding.fix!.range;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: finding.fix!.text };
}

/** Every safe fix that does not overlap an earlier one (as one --fix pass applies them). */
export function fixAllEdits(doc: TextDocument, findings: Finding[]): TextEdit[] {
  const fixes = findings.map((f) => f.fix!).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const edits: TextEdit[] = [];
  let last = 0;
  let previous: (typeof fixes)[number] | undefined;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    // The same fix from two rules is made once; an overlapping one waits (as in --fix).
    if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === fix.text) continue;
    if (previous && (start < last || (start === last && start === end && previous.range[0] === previous.range[1]))) continue;
    edits.push({ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: fix.text });
    last = end;
    previous = fix;
  }
  return edits;
}

/**
 * "Disable <rule> for this line". When the line starts a paragraph or heading (the first line, or
 * after a blank line) the comment goes on its own line above it:
 * <!-- plainlint-disable-next-line rule -->. Inside a paragraph, and in lists, quotes and tables,
 * a comment line would split the block, so the comment goes at the end of the line instead
 * (<!-- plainlint-disable-line rule -->), which changes nothing a reader sees.
 */
export function disableEdit(doc: TextDocument, ruleId: string, line: number): TextEdit {
  const text = lineText(doc, line);
  const previous = line > 0 ? lineText(doc, line - 1) : '';
  const startsBlock = line === 0 || previous.trim() === '';
  const insideBlock = /^\s*([|>]|[-*+]\s|\d{1,9}[.)]\s)/.test(text) || /^( {4}|\t)/.test(text);
  if (startsBlock && !insideBlock) {
    const indent = /^[ \t]*/.exec(text)![0];
    const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- plainlint-disable-next-line ${ruleId} -->${eol}` };
  }
  const end = text.replace(/[ \t]+$/, '').length;
  return { range: { start: { line, character: end }, end: { line, character: end } }, newText: ` <!-- plainlint-disable-line ${ruleId} -->` };
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

function additionFor(finding: Finding): Addition | undefined {
  if (finding.ruleId === 'acronyms') {
    const word = typeof finding.data?.acronym === 'string' ? finding.data.acronym : finding.excerpt;
    return /^[A-Za-z0-9&.-]{2,15}$/.test(word) ? { kind: 'acronym', word } : undefined;
  }
  if (finding.ruleId === 'spelling') {
    const word = typeof finding.data?.word === 'string' ? finding.data.word : finding.excerpt;
    return /^[\p{L}\p{M}'’-]{1,40}$/u.test(word) ? { kind: 'spelling', word } : undefined;
  }
  return undefined;
}

async function configEdit(ctx: ActionContext, addition: Addition): Promise<WorkspaceEdit | undefined> {
  const file = ctx.result.configFile;
  if (file) {
    if (!canEdit(file)) return undefined;
    const text = await readConfigText(file);
    if (text === undefined) return undefined;
    let next: string | undefined;
    try {
      next = await configWithAddition(file, text, addition);
    } catch {
      return undefined;
    }
    if (next === undefined) return undefined;
    const lines = text.split(/\r\n|\r|\n/);
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    return { changes: { [pathToFileURL(file).href]: [{ range: { start: { line: 0, character: 0 }, end }, newText: next }] } };
  }
  if (!ctx.canCreateFiles) return undefined;
  const folder = ctx.newConfigFolder ?? (ctx.doc.uri.startsWith('file:') ? dirname(fileURLToPath(ctx.doc.uri)) : undefined);
  if (!folder) return undefined;
  const uri = pathToFileURL(join(folder, '.plainlintrc.yaml')).href;
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfig(addition) }] },
    ],
  };
}
