import { main } from './main.js';
import { ioReason } from './output/io-reason.js';

// `parley` — the command line. A closed pipe (`parley timeline … | head`) is not an error; any other failure
// to write standard output (a full disk under `> file`) is one line and exit 1, never a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`parley: cannot write standard output: ${ioReason(e, 'write failed')}\n`);
  process.exit(1);
});

process.exitCode = await main(process.argv.slice(2));
