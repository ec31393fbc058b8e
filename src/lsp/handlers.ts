// The language server's request handlers (SPEC §14): hover, definition, references, completion, code actions, code
// lens and the explain command, each answered from the plan workspace by the pure pieces of src/lsp/.
import {
  CodeActionKind, CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, ExecuteCommandRequest, HoverRequest, MessageType, ReferencesRequest,
  ShowMessageNotification,
} from 'vscode-languageserver';
import { codeActions } from './code-actions.js';
import { codeLenses, EXPLAIN_COMMAND, explainCommandText } from './code-lens.js';
import { completionsAt, milestonesOf, planIdOf } from './completion.js';
import { hoverFor } from './hover.js';
import { definitionOf, occurrences, symbolAt } from './navigation.js';
import { asksForKind, noExplanation, notInitialized, positionParam, rangeParam, shutDown, unknownCommand, uriParam } from './params.js';
import type { ServerState } from './server-state.js';
import type { PlanFile } from './workspace.js';

/**
 * Answers the requests on the state's connection, and shutdown. A request before initialize or after shutdown, with
 * params it cannot read, or of a command it does not run, gets an LSP error (params.ts); one that fails is logged and
 * gets its empty answer.
 */
export function registerRequests(state: ServerState): void {
  const { connection, ws, guard } = state;
  let shuttingDown = false;
  /** A request's answer: an LSP error before initialize, after shutdown or for params it cannot read, the fallback if it fails. */
  const answer = <T>(what: string, fallback: T, fn: () => T): T => {
    if (!state.initialized) throw notInitialized();
    if (shuttingDown) throw shutDown();
    return guard(what, fallback, fn);
  };
  const fileOf = (params: unknown): PlanFile | undefined => ws.get(uriParam(params));

  // Each request is taken by connection.onRequest, not vscode-languageserver's onHover and the like: their wrapper
  // reads params.workDoneToken first (milepel reports no progress), so `params: null` was answered -32603 with a
  // TypeError's text, where params.ts answers what it cannot read with -32602 (tester round 18 #9).
  connection.onRequest(HoverRequest.type, (params) => answer('hover', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : hoverFor(ws.analysis(f.group), at, state.settings.locale);
  }));
  connection.onRequest(DefinitionRequest.type, (params) => answer('definition', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : definitionOf(ws, f.group, at.symbol.key);
  }));
  connection.onRequest(ReferencesRequest.type, (params) => answer('references', null, () => {
    const f = fileOf(params);
    const at = f === undefined ? undefined : symbolAt(ws, f, positionParam(params));
    return f === undefined || at === undefined ? null : occurrences(ws, f.group, at.symbol.key, (params.context as { includeDeclaration?: unknown } | undefined)?.includeDeclaration === true);
  }));
  connection.onRequest(CompletionRequest.type, (params) => answer('completion', [], () => {
    const f = fileOf(params);
    const position = positionParam(params);
    // A position outside the text (past its last line or its line's end) completes nothing.
    const inside = f?.index.positionAt(f.index.offsetAt(position));
    if (f === undefined || inside!.line !== position.line || inside!.character !== position.character) return [];
    const analysis = ws.analysis(f.group);
    const own = f.parsed.problems.length > 0 && f.lastGood !== undefined ? milestonesOf(f.lastGood.data) : [];
    return completionsAt(analysis.workspace, f.index, position, planIdOf(f, analysis.workspace.plans), own, state.settings.locale);
  }));
  connection.onRequest(CodeActionRequest.type, (params) => answer('code action', [], () => {
    const f = fileOf(params);
    // Every action the server makes is a quick fix (initialize's codeActionKinds).
    return f === undefined || !asksForKind(params, CodeActionKind.QuickFix) ? [] : codeActions(ws, f, ws.analysis(f.group), rangeParam(params), state.settings.locale, state.settings.disabledActions === true);
  }));
  connection.onRequest(CodeLensRequest.type, (params) => answer('code lens', [], () => {
    const f = fileOf(params);
    return f === undefined ? [] : codeLenses(ws, f, ws.analysis(f.group), state.settings.locale);
  }));
  connection.onRequest(ExecuteCommandRequest.type, (params) => answer('execute command', null, () => {
    const command = (params as { command?: unknown } | null)?.command;
    if (command !== EXPLAIN_COMMAND) throw unknownCommand(command, [EXPLAIN_COMMAND]);
    const args = (params as { arguments?: unknown } | null)?.arguments;
    const given = Array.isArray(args) ? args : undefined;
    const text = explainCommandText(ws, given, state.settings.locale);
    if (text === undefined) throw noExplanation(given?.[0]);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text.trimEnd() });
    return text;
  }));
  connection.onShutdown(() => {
    shuttingDown = true;
  });
}
