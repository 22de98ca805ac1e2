import { readFile } from 'node:fs/promises';
import {
  type ClassroomGame,
  clientDir,
  issgClassGame,
  negotiationGameFromJson,
  openClassroom,
  serveClassroom,
} from '@parley/classroom';
import type { EventStore } from '@parley/core';
import { fileStore, pgStore } from '@parley/core/node';
import { issgAgendas } from '@parley/issg';
import Table from 'cli-table3';
import { InvalidArgumentError, Option } from 'commander';
import type { CliCommand, CliContext } from '../context.js';
import { BadInput, WrongUsage } from '../errors.js';

/** Commander argument parser for `--port`: 0 (a free port) to 65535. */
function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new InvalidArgumentError(`"${value}" is not a port (0 to 65535; 0 picks a free one)`);
  return Number(value);
}

/** The agendas `parley class` knows by id: the ISSG's negotiations of 2016 (`parley agendas`). */
const BUILTIN: Readonly<Record<string, () => ClassroomGame>> = Object.fromEntries(
  issgAgendas.map((a) => [a.id, () => issgClassGame(a.id)]),
);

/**
 * The game of `parley class <agenda>`: a built-in agenda id, or a JSON file `{ "agenda", "roleCards" }`.
 */
async function classGameOf(ref: string, ctx: CliContext): Promise<ClassroomGame> {
  const builtin = BUILTIN[ref];
  if (builtin) return builtin();
  if (!ref.endsWith('.json'))
    throw new WrongUsage(
      `unknown agenda "${ref}"; give ${Object.keys(BUILTIN).length ? `one of ${Object.keys(BUILTIN).join(', ')}, or ` : ''}a JSON file {"agenda", "roleCards"}`,
    );
  const path = ctx.resolvePath(ref);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new BadInput([{ file: ref, reason: 'cannot read the file' }]);
  }
  try {
    return negotiationGameFromJson(JSON.parse(text));
  } catch (e) {
    throw new BadInput([{ file: ref, reason: e instanceof Error ? e.message : String(e) }]);
  }
}

async function openStore(spec: string, ctx: CliContext): Promise<EventStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) return pgStore(spec);
  return fileStore(ctx.resolvePath(spec));
}

/** `parley class <agenda>` — serve a live class until SIGINT or SIGTERM. */
export const classCommand: CliCommand = {
  name: 'class',
  register(program, ctx) {
    program
      .command('class')
      .description(
        'serve a live class: join codes for the delegations, agents in empty seats (docs/classroom.md)',
      )
      .argument('<agenda>', 'agenda id, or a JSON file {"agenda", "roleCards"}')
      .option('--store <FILE.ndjson|postgres://…>', 'the class log (default: <agenda>.class.ndjson here)')
      .addOption(
        new Option('--port <n>', 'port to listen on (0 picks a free one)').argParser(parsePort).default(0),
      )
      .option('--host <host>', 'interface to listen on', '127.0.0.1')
      .option('--json', 'print {"url","instructor","seats"} as the first line of output')
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley class vienna-2016-05-17\n  $ parley class my-agenda.json --store class.ndjson --port 8080 --json\n',
      )
      .action(async (ref: string, opts: { store?: string; port: number; host: string; json?: boolean }) => {
        const game = await classGameOf(ref, ctx);
        const store = await openStore(opts.store ?? `${game.id}.class.ndjson`, ctx);
        const room = await openClassroom({ game, store });
        const dir = clientDir();
        const server = await serveClassroom(room, {
          host: opts.host,
          port: opts.port,
          ...(dir ? { clientDir: dir } : {}),
        });
        if (opts.json) {
          ctx.print(
            JSON.stringify({ url: server.url, instructor: server.instructorUrl, seats: server.codes }),
          );
        } else {
          ctx.print(`${game.title} — ${server.url}`);
          ctx.print(`Instructor: ${server.instructorUrl}`);
          const table = new Table({ head: ['delegation', 'join code'], style: { head: [], border: [] } });
          for (const [seat, code] of Object.entries(server.codes)) table.push([seat, code]);
          ctx.print(table.toString());
          ctx.print('Students open the URL and enter their code. Stop with Ctrl-C.');
        }
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await server.close();
        await room.close();
        await store.close();
      });
  },
};
