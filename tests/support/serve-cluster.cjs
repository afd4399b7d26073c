'use strict';
// A PostgreSQL of its own for a suite that breaks its database server on purpose, run as a
// child process (Jest cannot load the binaries' ES module). It prints its connection URL as one
// JSON line, and stops and removes its files on SIGTERM.
const { startEmbeddedDatabase } = require('../../scripts/lib/embedded-database.cjs');

const [dataDir, port] = process.argv.slice(2);
startEmbeddedDatabase({ dataDir, port: Number(port), database: 'faults', persistent: false }).then(
  (cluster) => {
    process.on('SIGTERM', () => {
      cluster
        .stop()
        .catch(() => {})
        .finally(() => process.exit(0));
    });
    process.stdout.write(`${JSON.stringify({ url: cluster.url })}\n`);
  },
  (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
