import { InvariantError } from '../errors.js';

/**
 * A command was dispatched to a session whose state is terminal (`decider.isTerminal(state)`): the
 * negotiation is over. An {@link InvariantError} with the rule `terminal`.
 */
export class TerminalStateError extends InvariantError {
  readonly stream: string;
  constructor(decider: string, stream: string, version: number) {
    super(
      'terminal',
      `the negotiation in stream "${stream}" is over (decider "${decider}" says its state at version ${version} is terminal) and accepts no more commands; fork it at an earlier position to explore another course`,
    );
    this.name = 'TerminalStateError';
    this.stream = stream;
  }
}
