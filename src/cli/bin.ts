/** The executable: wires node's process and file system into `main`. */
import { main } from './main.js';
import { nodeIO } from './node-io.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());
