import type { CliCommand } from '../context.js';
import { agendas } from './agendas.js';
import { classCommand } from './class.js';
import { completion } from './completion.js';
import { debrief } from './debrief.js';
import { demo } from './demo.js';
import { exportCommand } from './export.js';
import { init } from './init.js';
import { mc } from './mc.js';
import { negotiate } from './negotiate.js';
import { report } from './report.js';
import { run } from './run.js';
import { scenarios } from './scenarios.js';
import { state } from './state.js';
import { timeline } from './timeline.js';
import { validate } from './validate.js';

/**
 * Every `parley` subcommand, in the order `parley --help` lists them. To add one, write
 * `src/commands/<name>.ts` exporting a {@link CliCommand} and add it here (one line).
 */
export const commands: readonly CliCommand[] = [
  scenarios,
  agendas,
  run,
  state,
  timeline,
  validate,
  report,
  mc,
  negotiate,
  exportCommand,
  demo,
  classCommand,
  debrief,
  init,
  completion,
];
