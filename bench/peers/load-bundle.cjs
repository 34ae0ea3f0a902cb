// A floor for the start-up figures: what bin/quyche.js does before any of quyche runs — read the
// bundle and its code cache, compile the one with the other (V8 deserialises the bytecode) — and
// nothing else. CommonJS, like bin/quyche.js, so that node's ES module loader does not start.
const compiled = require('../../bin/quyche.js').compileBundle();
if (!compiled || !compiled.cached || compiled.script.cachedDataRejected) process.exitCode = 1;
