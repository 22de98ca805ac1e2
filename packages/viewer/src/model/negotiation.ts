import { ParleyError, type RecordedEvent } from '@parley/core';
import { type IssgNegotiationView, issgAgendas, issgNegotiationView } from '@parley/issg';
import { type NegotiationEvent, negotiationEvents } from '@parley/negotiation';
import { LogError, parseLog } from './loadLog.js';

/** A negotiation log the viewer cannot show (not a negotiation, or of an agenda it does not know). */
export class NegotiationError extends ParleyError {
  constructor(message: string) {
    super('validation', message);
    this.name = 'NegotiationError';
  }
}

/** The built-in agendas the viewer negotiates: id and title. */
export const NEGOTIATION_AGENDAS: readonly { readonly id: string; readonly title: string }[] =
  issgAgendas.map((a) => ({ id: a.id, title: a.title }));

/**
 * Negotiate a built-in agenda in the browser with the default strategies and this seed: the same view
 * `parley negotiate <agenda> --seed N --html` draws.
 *
 * @example
 * ```ts
 * negotiateInBrowser('vienna-2016-05-17', 1).rounds.length; // 10
 * ```
 */
export function negotiateInBrowser(
  agendaId: string,
  seed: number,
  axes?: readonly [string, string],
): IssgNegotiationView {
  return issgNegotiationView(agendaId, { seed }, axes ? { axes } : {});
}

/**
 * Read a negotiation's event log (`parley negotiate … --out FILE.ndjson`): core's NDJSON records of the
 * negotiation events; the agenda is the built-in one its opening names.
 *
 * @example
 * ```ts
 * const view = readNegotiationLog(await file.text(), file.name);
 * ```
 */
export function readNegotiationLog(text: string, file: string): IssgNegotiationView {
  let records: RecordedEvent<NegotiationEvent>[];
  try {
    records = parseLog(text, { file, catalog: negotiationEvents }) as RecordedEvent<NegotiationEvent>[];
  } catch (e) {
    if (e instanceof LogError) throw new NegotiationError(e.message);
    throw e;
  }
  const first = records[0] as NegotiationEvent | undefined;
  if (first?.type !== 'negotiation-opened')
    throw new NegotiationError(`${file}: a negotiation log starts with negotiation-opened`);
  const id = first.data.agenda;
  if (!NEGOTIATION_AGENDAS.some((a) => a.id === id))
    throw new NegotiationError(
      `${file}: the agenda "${id}" is not built in (${NEGOTIATION_AGENDAS.map((a) => a.id).join(', ')})`,
    );
  return issgNegotiationView(id, { records });
}

/**
 * The same negotiation with the outcome space seen by two other delegations (the analysis is kept).
 *
 * @example
 * ```ts
 * withAxes(view, ['ir', 'tr']).plane.axes; // ['ir', 'tr']
 * ```
 */
export function withAxes(view: IssgNegotiationView, axes: readonly [string, string]): IssgNegotiationView {
  const again = issgNegotiationView(
    view.agenda.id,
    { records: view.records },
    { axes, analysis: view.analysis },
  );
  return { ...again, seed: view.seed, strategies: view.strategies };
}
