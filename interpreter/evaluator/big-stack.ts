// Deep recursion on a big stack. The main thread's host stack (about 1 MB, fixed when Node starts) holds
// roughly 900-1000 nested Python calls; CPython's default limit is 1000 and programs may raise it with
// sys.setrecursionlimit. When a run overflows the host stack, index.ts reruns it here: in a worker thread
// with a 256 MB stack, waited for synchronously (Atomics.wait), so the public API stays synchronous.
// Runs are deterministic, so the rerun's result and printed output replace the first attempt's.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { RunOptions, RunResult } from '../api.ts';

export interface BigStackRequest {
  code: string;
  /** Null for runModule. */
  call: string | null;
  options: Omit<RunOptions, 'stdout'>;
}

export interface BigStackResponse {
  result: RunResult;
  stdout: string;
}

const STACK_MB = 256;
const TIMEOUT_MS = 120_000;

// CommonJS source evaluated in the worker: registers tsx (the worker does not inherit a programmatic
// registration), loads the interpreter, then answers requests, raising the flag after each answer.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
(async () => {
  const { port, flag, url, tsx } = workerData;
  try {
    const { register } = await import(tsx);
    register();
    const mod = await import(url);
    await mod.loadInterpreter();
    port.on('message', (req) => {
      let stdout = '';
      const options = { ...req.options, stdout: (t) => (stdout += t), onBigStack: true };
      let result;
      try {
        result = req.call === null ? mod.runModule(req.code, options) : mod.runCall(req.code, req.call, options);
      } catch (e) {
        result = { ok: false, error: { kind: 'unsupported', type: 'InternalError', message: String(e) } };
      }
      port.postMessage({ result, stdout });
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
    Atomics.store(flag, 0, 2);
  } catch {
    Atomics.store(flag, 0, 3);
  }
  Atomics.notify(flag, 0);
})();
`;

interface Channel {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

let channel: Channel | null = null;
/** Set once the worker failed to start, so later runs do not wait for it again. */
let unavailable = false;

function start(): Channel | null {
  if (channel !== null) return channel;
  if (unavailable) return null;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const url = new URL('../index.ts', import.meta.url).href;
  // Resolved here: the worker's own resolution would start from the working directory, not this package.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, flag, url, tsx },
    transferList: [port2],
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.unref();
  port1.unref();
  Atomics.wait(flag, 0, 0, TIMEOUT_MS);
  if (Atomics.load(flag, 0) !== 2) {
    unavailable = true;
    void worker.terminate();
    return null;
  }
  channel = { worker, port: port1, flag };
  return channel;
}

/** Runs the request on the big stack; null when the worker is unavailable or does not answer in time. */
export function runOnBigStack(request: BigStackRequest): BigStackResponse | null {
  const c = start();
  if (c === null) return null;
  Atomics.store(c.flag, 0, 0);
  c.port.postMessage(request);
  Atomics.wait(c.flag, 0, 0, TIMEOUT_MS);
  const reply = receiveMessageOnPort(c.port);
  if (reply === undefined) {
    // Timed out: drop this worker, a later request starts a fresh one.
    void c.worker.terminate();
    channel = null;
    return null;
  }
  return reply.message as BigStackResponse;
}
