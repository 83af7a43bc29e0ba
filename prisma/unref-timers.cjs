// Preloaded into the Prisma CLI (NODE_OPTIONS=--require): its WebAssembly engine leaves a 10 s
// timer running after the work is done, which keeps every `migrate` command alive for 10 s.
const { setTimeout: originalSetTimeout, setInterval: originalSetInterval } = globalThis;
globalThis.setTimeout = (...args) => originalSetTimeout(...args).unref();
globalThis.setInterval = (...args) => originalSetInterval(...args).unref();
